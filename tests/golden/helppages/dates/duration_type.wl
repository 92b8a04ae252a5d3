// Help page "Duration (Variable type)": https://help.windev.com/en-US/?1514069
// A Duration is assigned from the difference of two times, a readable duration, an
// integer (milliseconds) or another Duration; its properties give the parts.
StartTime is Time = "1330"
EndTime is Time = "1730"
ConferenceDuration is Duration = EndTime - StartTime
Trace(ConferenceDuration..InHours) // expect: 4
TaskDuration is Duration = 3 min 30 s
Trace(TaskDuration..InSeconds) // expect: 210
// "using an integer, this integer corresponds to the duration in milliseconds"
FromInteger is Duration = 90000
Trace(FromInteger..InSeconds, FromInteger..Minute, FromInteger..Second) // expect: 90, 1, 30
Later is Duration
Later = 2500
Trace(Later..InMilliseconds) // expect: 2500
// 0 resets the duration
Later = 0
Trace(Later..InSeconds) // expect: 0
