package sample

import "testing"

func TestCreditCheckDigit(t *testing.T) {
	tests := []struct {
		name string
		code string // a full 18-character code whose last character is correct
	}{
		// Huawei Technologies Co., Ltd., as printed on its business licence.
		{"real company", "914403001922038216"},
		// The worked example of GB 32100-2015.
		{"standard example", "91350100M000100Y43"},
		// Check value 0: 31 - 0 must wrap to "0", not index 31.
		{"check wraps to zero", "119999000000000260"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := creditCheckDigit(tt.code[:17])
			if err != nil {
				t.Fatal(err)
			}
			if want := tt.code[17]; got != want {
				t.Errorf("creditCheckDigit(%q) = %c, want %c", tt.code[:17], got, want)
			}
		})
	}
}

func TestCreditCheckDigitRejects(t *testing.T) {
	for _, body := range []string{
		"9144030019220382",   // 16 characters
		"9144030019220382IX", // 18 characters
		"91440300192203I21",  // I is not in the alphabet
		"91440300192203821 ", // space, and too long
		"9144030019220382s",  // lower case
	} {
		if _, err := creditCheckDigit(body); err == nil {
			t.Errorf("creditCheckDigit(%q) accepted an invalid body", body)
		}
	}
}

func TestOrgCheckDigit(t *testing.T) {
	tests := []struct{ body, check string }{
		{"19220382", "1"}, // inside Huawei's credit code above
		{"M000100Y", "4"}, // inside the GB 32100 example
		{"60003734", "1"}, // a code with check 1 from a real licence (91110000600037341L)
	}
	for _, tt := range tests {
		got, err := orgCheckDigit(tt.body)
		if err != nil {
			t.Fatal(err)
		}
		if string(got) != tt.check {
			t.Errorf("orgCheckDigit(%q) = %c, want %s", tt.body, got, tt.check)
		}
	}
}

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

// validCreditCode checks both check digits of a credit code.
func validCreditCode(code string) bool {
	if len(code) != 18 {
		return false
	}
	c, err := creditCheckDigit(code[:17])
	if err != nil || c != code[17] {
		return false
	}
	o, err := orgCheckDigit(code[8:16])
	return err == nil && o == code[16]
}
