package sample

import (
	"testing"

	"github.com/zwgk/zwgk/internal/creditcode"
)

func TestCreditCodeIsValid(t *testing.T) {
	code, err := creditCode(cityRegion, "12345678")
	if err != nil {
		t.Fatal(err)
	}
	if len(code) != 18 || code[:8] != "11"+cityRegion {
		t.Fatalf("creditCode = %q, want 18 characters starting 11%s", code, cityRegion)
	}
	if !validCreditCode(code) {
		t.Errorf("creditCode = %q has a wrong check digit", code)
	}
}

// validCreditCode checks both check digits of a credit code: the GB 32100
// one that zwgk checks, and the organization code's inside it.
func validCreditCode(code string) bool {
	if creditcode.Check(code) != nil {
		return false
	}
	o, err := creditcode.OrgCheckDigit(code[8:16])
	return err == nil && o == code[16]
}
