package site

import (
	"crypto/sha256"
	"encoding/hex"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/mozillazg/go-pinyin"
)

// maxSlugRunes bounds a slug so long unit names still give usable URLs.
const maxSlugRunes = 60

// UnitSlug gives a unit's pinyin slug, e.g. 示例市教育局 →
// shi-li-shi-jiao-yu-ju: lower-case letters and digits in groups joined by
// single hyphens, "" when the name has none. Slugs turns it into the URL
// segment.
func UnitSlug(name string) string {
	var parts []string
	var ascii strings.Builder
	flush := func() {
		if ascii.Len() > 0 {
			parts = append(parts, ascii.String())
			ascii.Reset()
		}
	}
	args := pinyin.NewArgs()
	for _, r := range name {
		switch {
		case r < unicode.MaxASCII && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			ascii.WriteRune(unicode.ToLower(r))
		case unicode.Is(unicode.Han, r):
			flush()
			if py := pinyin.SinglePinyin(r, args); len(py) > 0 {
				parts = append(parts, py[0])
			}
		default:
			flush()
		}
	}
	flush()
	return strings.Join(parts, "-")
}

// Slugs gives each name its URL segment (a folder name on the site). A name
// whose pinyin slug no other name has keeps it, so its URL does not change
// when other units come or go. The others — names sharing a pinyin slug
// (同音单位), names without letters, slugs longer than maxSlugRunes, and
// Windows device names (con, nul, com1 …) — get the slug, cut short, then
// "--" and a hash of the name. A pinyin slug never holds "--", so the two
// kinds cannot meet; where two hashes meet, both names take longer ones.
// The result depends on the set of names, not their order, and every slug
// is a valid file name on Windows, macOS and Linux.
func Slugs(names []string) map[string]string {
	base := map[string]string{}
	byslug := map[string][]string{}
	for _, n := range names {
		if _, dup := base[n]; dup {
			continue
		}
		s := UnitSlug(n)
		base[n] = s
		byslug[s] = append(byslug[s], n)
	}
	out := make(map[string]string, len(names))
	var hashed []string
	for s, ns := range byslug {
		if len(ns) == 1 && s != "" && len(s) <= maxSlugRunes && !windowsDevice(s) {
			out[ns[0]] = s
			continue
		}
		hashed = append(hashed, ns...)
	}
	for size := 6; len(hashed) > 0; size += 6 {
		taken := map[string][]string{}
		for _, n := range hashed {
			s := hashedSlug(n, base[n], size)
			taken[s] = append(taken[s], n)
		}
		hashed = hashed[:0]
		for s, ns := range taken {
			switch {
			case len(ns) == 1:
				out[ns[0]] = s
			case size >= 2*sha256.Size:
				// Two names with one sha256: number them in name order.
				slices.Sort(ns)
				for i, n := range ns {
					out[n] = s + "-" + strconv.Itoa(i+1)
				}
			default:
				hashed = append(hashed, ns...)
			}
		}
	}
	return out
}

// hashedSlug is name's pinyin slug s, cut short, "--" and the first size
// hex digits of the name's sha256.
func hashedSlug(name, s string, size int) string {
	if len(s) > maxSlugRunes {
		s = strings.TrimRight(s[:maxSlugRunes], "-")
	}
	if s == "" {
		s = "unit"
	}
	h := sha256.Sum256([]byte(name))
	return s + "--" + hex.EncodeToString(h[:])[:min(size, 2*sha256.Size)]
}

// windowsDevice reports whether a slug is a name Windows keeps for a device
// and will not give a file or folder.
func windowsDevice(slug string) bool {
	switch slug {
	case "con", "prn", "aux", "nul":
		return true
	}
	return len(slug) == 4 && (strings.HasPrefix(slug, "com") || strings.HasPrefix(slug, "lpt")) && slug[3] >= '0' && slug[3] <= '9'
}

// RoundSlug gives a round's URL segment: its id in lower case (2024Q3 → 2024q3).
func RoundSlug(id string) string { return strings.ToLower(id) }
