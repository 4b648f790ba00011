package cli

import "time"

// now is the commands' clock. The publishing lint takes "today" from it,
// so that a test can fix the day instead of depending on when it runs.
var now = time.Now
