package site

import (
	"slices"
	"testing"
)

func TestPageStartsCutsWhereTheBudgetIsPassed(t *testing.T) {
	costs := []int{5, 5, 5, 20, 1}
	got := pageStarts(len(costs), 10, func(i int) int { return costs[i] })
	// 5+5 fit; the third 5 passes 10; 20 alone passes it but a page holds
	// at least one row; 1 would pass it after 20.
	if want := []int{0, 2, 3, 4}; !slices.Equal(got, want) {
		t.Errorf("pageStarts = %v, want %v", got, want)
	}
	if got := pageStarts(0, 10, nil); !slices.Equal(got, []int{0}) {
		t.Errorf("pageStarts of no rows = %v, want [0]: a list always has its first page", got)
	}
}
