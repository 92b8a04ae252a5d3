// Help page "Duration (Type of variable)" (French page doc.pcsoft.fr ?1514069, Durée) and
// "Operations available on dates, times, datetimes and durations" (?1514040): their
// examples with the English names, and a Trace of the computed durations.
StartTime is Time = "1330"
EndTime is Time = "1730"
ConferenceDuration is Duration = EndTime - StartTime
TaskDuration is Duration = 3 min 30 s
Trace(ConferenceDuration.InHours, TaskDuration.InSeconds) // expect: 4, 210
// Adding a DateTime variable and a Time variable
StartDateTime is DateTime = "200112051530"
EndDateTime is DateTime = "200112051730"
SeminarDuration is Duration = EndDateTime - StartDateTime
Trace(SeminarDuration.InMinutes) // expect: 120
