package figures_test

import (
	"testing"

	"github.com/zwgk/zwgk/internal/figfmt"
	"github.com/zwgk/zwgk/internal/figures/figurestest"
)

// The two reference 通报, encoded as sheets in testdata/reference, must give
// the figures the documents state.
func TestReferenceRounds(t *testing.T) {
	tests := []struct {
		dir                         string
		siteRate, accRate           string
		sitesChecked, sitesFailed   int
		accChecked, accFailed       int
		onFile, running, opened     int
		portals                     int
		platforms                   map[string]int
		failedSites, failedAccounts int
	}{
		{
			dir: "../../testdata/reference/jinan", siteRate: "100.0%", accRate: "99.7%",
			sitesChecked: 61, accChecked: 796, accFailed: 2, onFile: 1067, running: 796, opened: 49, portals: 13,
			platforms: map[string]int{"微信": 508, "新浪微博": 67, "移动客户端": 9, "其他": 212},
		},
		{
			dir: "../../testdata/reference/suizhou", siteRate: "87.50%", accRate: "97.30%",
			sitesChecked: 24, sitesFailed: 3, accChecked: 74, accFailed: 2, onFile: 74, running: 74,
			platforms:   map[string]int{"微信": 62, "新浪微博": 11, "移动客户端": 1},
			failedSites: 3, failedAccounts: 2,
		},
	}
	for _, tt := range tests {
		t.Run(tt.dir, func(t *testing.T) {
			_, f := figurestest.Compute(t, tt.dir)
			r := f.Rounds[0]
			if got := figfmt.Percent(r.Websites.Rate(), r.Decimals); got != tt.siteRate {
				t.Errorf("website rate = %s, want %s", got, tt.siteRate)
			}
			if got := figfmt.Percent(r.Accounts.Rate(), r.Decimals); got != tt.accRate {
				t.Errorf("account rate = %s, want %s", got, tt.accRate)
			}
			if r.Websites.Checked != tt.sitesChecked || r.Websites.Failed != tt.sitesFailed {
				t.Errorf("websites = %+v, want checked %d failed %d", r.Websites, tt.sitesChecked, tt.sitesFailed)
			}
			a := r.Accounts
			if a.Checked != tt.accChecked || a.Failed != tt.accFailed || a.OnFile != tt.onFile || a.Running != tt.running || a.Opened != tt.opened {
				t.Errorf("accounts = %+v", a)
			}
			if r.Portals != tt.portals {
				t.Errorf("portals = %d, want %d", r.Portals, tt.portals)
			}
			for _, p := range r.Platforms {
				if p.Running != tt.platforms[p.Name] {
					t.Errorf("platform %s = %d, want %d", p.Name, p.Running, tt.platforms[p.Name])
				}
			}
			if len(r.FailedWebsites) != tt.failedSites || len(r.FailedAccounts) != tt.failedAccounts {
				t.Errorf("failure lists = %d sites, %d accounts", len(r.FailedWebsites), len(r.FailedAccounts))
			}
			if !r.Partial {
				t.Error("a round with stated totals and only failures listed should be partial")
			}
		})
	}
}
