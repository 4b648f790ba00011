// Command zwgk turns inspection rounds of government websites and new-media
// accounts into a public disclosure site.
package main

import (
	"os"

	"github.com/zwgk/zwgk/internal/cli"
)

func main() {
	os.Exit(cli.Run(os.Args[1:], os.Stdout, os.Stderr))
}
