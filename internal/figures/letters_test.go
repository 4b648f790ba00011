package figures

import (
	"testing"

	"github.com/zwgk/zwgk/internal/model"
)

// 宝鸡 2024Q2 states only "51家网站的测试信件能按要求做到5个工作日内回复，其中
// 20家网站均做到当日回复", neither how many sites were tested nor which: the
// two counts stand as stated, and no rate is worked out from them.
func TestLetterCountsWithoutSitesTested(t *testing.T) {
	ds := &model.Dataset{Rounds: []model.Round{{ID: "2024Q2",
		Summary: []model.Metric{{Name: "互动按时答复网站数", Value: "51"}, {Name: "互动当日答复网站数", Value: "20"}},
	}}}
	in := compute(t, ds).Rounds[0].Interaction
	if in == nil {
		t.Fatal("the stated counts were dropped")
	}
	if !in.SitesUnknown || in.OnTime != 51 || in.OnTimeUnknown || in.SameDay != 20 || in.SameDayUnknown || in.OnTimeRate().Defined() {
		t.Errorf("interaction = %+v", *in)
	}
	// The on-time count alone: the same-day count is unknown, not 0.
	ds.Rounds[0].Summary = ds.Rounds[0].Summary[:1]
	if in := compute(t, ds).Rounds[0].Interaction; in == nil || in.OnTime != 51 || !in.SameDayUnknown {
		t.Errorf("on time only: %+v", in)
	}
}
