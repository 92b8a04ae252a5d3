// `du.ToString()` without a mask is the Duration's own text, as Trace and a string store
// show it (it stopped: "DurationToString expects 2 parameter(s)"); with a mask it is
// DurationToString. DurationToString itself requires its mask (?3027007's syntax).
TaskDuration is Duration = 3 Min 30s
Trace(TaskDuration.ToString())                  // expect: 3 min 30 s
Trace(TaskDuration.ToString("MM:SS"))           // expect: 03:30
Late is Duration = -90 s
Trace(Late.ToString())                          // expect: -1 min 30 s
v is Variant = TaskDuration
Trace(v.ToString())                             // expect: 3 min 30 s
sText is string = TaskDuration
Trace(sText = TaskDuration.ToString())          // expect: 1
Trace(DurationToString(TaskDuration)) // expect error: DurationToString expects 2 parameter(s) but received 1.
