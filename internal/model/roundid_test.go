package model

import (
	"strings"
	"testing"
)

// Round folders sort in time order: within 2024, Q1 (month 3), H1 (6),
// Q3 (9), then the whole year; numbered rounds (2021-2, 第二次) by their
// number.
func TestRoundOrder(t *testing.T) {
	for _, tt := range []struct {
		id   string
		want int
	}{
		{"2024Q1", 202403},
		{"2024H1", 202406},
		{"2024Q3", 202409},
		{"2024H2", 202412},
		{"2024Q4", 202412},
		{"2024", 202413},
		{"2021-2", 202102},
		{"2021-11", 202111},
	} {
		got, err := RoundOrder(tt.id)
		if err != nil || got != tt.want {
			t.Errorf("RoundOrder(%q) = %d, %v; want %d", tt.id, got, err, tt.want)
		}
	}
}

func TestRoundOrderRefusesOtherNames(t *testing.T) {
	for _, id := range []string{"2024Q5", "2024q3", "24Q3", "2024H3", "2021-123", "2024年第三季度", ""} {
		_, err := RoundOrder(id)
		if err == nil || !strings.Contains(err.Error(), "请改为 2024Q3（季度）") {
			t.Errorf("RoundOrder(%q) gave %v, want the folder name refused with the forms it may take", id, err)
		}
	}
}
