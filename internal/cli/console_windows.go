package cli

import "golang.org/x/sys/windows"

// utf8CodePage is the Windows code page of UTF-8.
const utf8CodePage = 65001

// consoleUTF8 switches the console to UTF-8 for the run and returns how to
// switch it back. zwgk writes UTF-8; cmd.exe and PowerShell on a Chinese
// Windows show code page 936 (GBK), in which every message would be
// garbled. The code page belongs to the console window, so it is restored
// for the commands typed after zwgk.
func consoleUTF8() (restore func()) {
	old, err := windows.GetConsoleOutputCP()
	if err != nil || old == utf8CodePage {
		return func() {} // no console (output redirected), or already UTF-8
	}
	if windows.SetConsoleOutputCP(utf8CodePage) != nil {
		return func() {}
	}
	return func() { windows.SetConsoleOutputCP(old) }
}
