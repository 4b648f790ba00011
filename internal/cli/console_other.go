//go:build !windows

package cli

// consoleUTF8 is needed on Windows only: other systems' terminals are UTF-8.
func consoleUTF8() (restore func()) { return func() {} }
