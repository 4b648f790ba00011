package site

import "strings"

// shortcodeStarts are what Hugo's page parser takes for the start of a
// shortcode in a page's content, whatever its markup: exactly these bytes.
var shortcodeStarts = strings.NewReplacer(`{{<`, `{{\<`, `{{%`, `{{\%`)

// narrativeMarkdown makes a round's narrative (the body of round.md) safe
// to hand to Hugo as page content: Markdown and nothing more. A shortcode
// would run with the site's powers — embed a third-party player, load an
// image from another host, write a file — so a backslash goes between
// {{ and < or %, which Markdown drops when it renders the text: the reader
// sees {{< youtube … >}} as typed. (In a code span the backslash shows.)
// The rest is left to hugo.toml and layouts/_markup: raw HTML is omitted
// (unsafe = false), an image from another host becomes a link, headings
// carry no attributes.
func narrativeMarkdown(md string) string {
	return shortcodeStarts.Replace(md)
}
