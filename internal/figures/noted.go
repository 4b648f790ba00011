package figures

import "github.com/zwgk/zwgk/internal/model"

// NotedWebsites are the round's websites named for problems although they
// did not fail (其他发现的问题): they passed with problems noted, or the
// 通报 does not state their result (未判定). Their problems count in the
// problem categories, not in pass or fail.
func (r *Round) NotedWebsites() []model.Website {
	return noted(r.Round.Websites)
}

// NotedAccounts are the round's accounts named for problems although they
// did not fail (其他发现的问题).
func (r *Round) NotedAccounts() []model.Account {
	return noted(r.Round.Accounts)
}

// noted keeps the websites or accounts named for problems although they
// did not fail, in their order.
func noted[T interface{ Noted() bool }](all []T) []T {
	var out []T
	for _, x := range all {
		if x.Noted() {
			out = append(out, x)
		}
	}
	return out
}
