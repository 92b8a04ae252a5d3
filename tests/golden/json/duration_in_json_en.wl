// A Duration in JSON is its ISO 8601 text ("PT1H30M"), and reads back into a Duration
// (decided: docs/semantics.md "A Duration in JSON"): VariantToJSON, a JSON variable's
// member, Serialize of a structure to JSON. They stopped with "a value of type duration
// has no JSON form" (Serialize of the structure too).
duTrip is Duration = 1 h 30 min
Trace(VariantToJSON(duTrip), VariantToJSON(0 s), VariantToJSON(-250 ms)) // expect: "PT1H30M", "PT0S", "-PT0.25S"
jTrip is JSON
jTrip.took = duTrip
sText is string = jTrip
Trace(sText) // expect: {"took":"PT1H30M"}
jBack is JSON = sText
duBack is Duration = jBack.took
Trace(duBack, duBack = duTrip) // expect: 1 h 30 min, 1
STJob is Structure
	name is string
	took is Duration
END
stJob is STJob
stJob.name = "backup"
stJob.took = 2 d 90 s
bufJob is Buffer
Serialize(stJob, bufJob, psdJSON)
Trace(bufJob) // expect: {"name":"backup","took":"P2DT1M30S"}
stRead is STJob
Deserialize(stRead, bufJob, psdJSON)
Trace(stRead.took) // expect: 2 d 1 min 30 s
arrSlots is array of Duration = [1 h, 2 min]
Trace(VariantToJSON(arrSlots)) // expect: ["PT1H","PT2M"]
duGiven is Duration = "P1DT2H"
Trace(duGiven..InHours) // expect: 26
