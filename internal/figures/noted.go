package figures

import "github.com/zwgk/zwgk/internal/model"

// NotedWebsites are the round's websites named for problems although they
// did not fail (其他发现的问题): they passed with problems noted, or the
// 通报 does not state their result (未判定). Their problems count in the
// problem categories, not in pass or fail.
func (r *Round) NotedWebsites() []model.Website {
	var out []model.Website
	for _, w := range r.Round.Websites {
		if w.Noted() {
			out = append(out, w)
		}
	}
	return out
}

// NotedAccounts are the round's accounts named for problems although they
// did not fail (其他发现的问题).
func (r *Round) NotedAccounts() []model.Account {
	var out []model.Account
	for _, a := range r.Round.Accounts {
		if a.Noted() {
			out = append(out, a)
		}
	}
	return out
}
