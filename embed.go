// Package zwgk holds the disclosure site's templates, styles, scripts and
// default hugo.toml, built into the binary so that zwgk.exe alone builds a
// site. go:embed cannot reach parent folders, so this file lives at the
// root of the Hugo site, which is the repository root.
package zwgk

import "embed"

// Site is the Hugo site as shipped: hugo.toml, layouts/, content/ and
// static/. The all: prefix keeps _partials, _markup and _content.gotmpl.
//
//go:embed hugo.toml all:layouts all:content all:static
var Site embed.FS
