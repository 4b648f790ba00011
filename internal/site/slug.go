package site

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"unicode"

	"github.com/mozillazg/go-pinyin"
)

// maxSlugRunes bounds a slug so long unit names still give usable URLs.
const maxSlugRunes = 60

// UnitSlug gives a unit's URL segment: the pinyin of its name, e.g.
// 示例市教育局 → shi-li-shi-jiao-yu-ju. It depends on the name alone, so a
// unit's URL never changes when other units come or go; names whose pinyin
// collide are told apart by Slugs.
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
	slug := strings.Join(parts, "-")
	if len(slug) > maxSlugRunes {
		slug = strings.TrimRight(slug[:maxSlugRunes], "-") + "-" + shortHash(name)
	}
	if slug == "" {
		slug = "unit-" + shortHash(name)
	}
	return slug
}

// Slugs assigns slugs to names, appending a short hash of the name where
// two names share a pinyin slug (同音单位), so each URL stays tied to its name.
func Slugs(names []string) map[string]string {
	byslug := map[string][]string{}
	for _, n := range names {
		s := UnitSlug(n)
		byslug[s] = append(byslug[s], n)
	}
	out := make(map[string]string, len(names))
	for s, ns := range byslug {
		for _, n := range ns {
			if len(ns) > 1 {
				out[n] = s + "-" + shortHash(n)
			} else {
				out[n] = s
			}
		}
	}
	return out
}

func shortHash(s string) string {
	h := sha256.Sum256([]byte(s))
	return hex.EncodeToString(h[:3])
}

// RoundSlug gives a round's URL segment: its id in lower case (2024Q3 → 2024q3).
func RoundSlug(id string) string { return strings.ToLower(id) }
