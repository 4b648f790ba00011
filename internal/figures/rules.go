package figures

import "github.com/zwgk/zwgk/internal/model"

// Rules returns the problem-category rules of a dataset — its own
// rounds/problem-categories.csv first, then the built-in ones — so that a
// 通报 drafted from the figures names its examples under the same
// categories the counts in Round.Problems use.
func Rules(ds *model.Dataset) ([]Rule, error) { return ruleList(ds) }
