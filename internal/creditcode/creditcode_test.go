package creditcode

import (
	"strings"
	"testing"
)

func TestCheckDigit(t *testing.T) {
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
			got, err := CheckDigit(tt.code[:17])
			if err != nil {
				t.Fatal(err)
			}
			if want := tt.code[17]; got != want {
				t.Errorf("CheckDigit(%q) = %c, want %c", tt.code[:17], got, want)
			}
		})
	}
}

func TestCheckDigitRejects(t *testing.T) {
	for _, body := range []string{
		"9144030019220382",   // 16 characters
		"9144030019220382IX", // 18 characters
		"91440300192203I21",  // I is not in the alphabet
		"91440300192203821 ", // space, and too long
		"9144030019220382s",  // lower case
	} {
		if _, err := CheckDigit(body); err == nil {
			t.Errorf("CheckDigit(%q) accepted an invalid body", body)
		}
	}
}

func TestCheck(t *testing.T) {
	tests := []struct {
		code, inErr string // inErr "" for a valid code
	}{
		{"914403001922038216", ""},
		{"91350100M000100Y43", ""},
		{"914403001922038217", "校验位（第 18 位）应为“6”"},
		{"914403001922038000", "校验位"}, // the last digits Excel drops from a long number
		{"91440300192203821", "有 17 位"},
		{"91440300192203821６", "第 18 位"},
		{"9144030019220382I6", "第 17 位“I”"},
	}
	for _, tt := range tests {
		err := Check(tt.code)
		switch {
		case tt.inErr == "" && err != nil:
			t.Errorf("Check(%q) = %v, want nil", tt.code, err)
		case tt.inErr != "" && (err == nil || !strings.Contains(err.Error(), tt.inErr)):
			t.Errorf("Check(%q) = %v, want an error with %q", tt.code, err, tt.inErr)
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
		got, err := OrgCheckDigit(tt.body)
		if err != nil {
			t.Fatal(err)
		}
		if string(got) != tt.check {
			t.Errorf("OrgCheckDigit(%q) = %c, want %s", tt.body, got, tt.check)
		}
	}
}
