// A Date, Time or DateTime given to VariantToJSON or Serialize (psdJSON), alone or held by
// a Variant, is written in RFC 3339 form, as a JSON variable's member and an array of
// Dates already were ("converted into a string in RFC format", ?1000023611): they were
// their digits ("20240115"). Decided: docs/semantics.md "Dates in JSON".
dDue is Date = "20240115"
tAt is Time = "1030"
dtMeeting is DateTime = "20240115103000"
Trace(VariantToJSON(dDue), VariantToJSON(tAt), VariantToJSON(dtMeeting)) // expect: "2024-01-15", "10:30:00", "2024-01-15T10:30:00"
vDue is Variant = dDue
Trace(VariantToJSON(vDue)) // expect: "2024-01-15"
bufDue is Buffer
Serialize(dDue, bufDue, psdJSON)
Trace(bufDue) // expect: "2024-01-15"
dBack is Date
Deserialize(dBack, bufDue, psdJSON)
Trace(dBack) // expect: 20240115
arrDue is array of Date = ["20240115"]
Trace(VariantToJSON(arrDue), VariantToJSON("20240115")) // expect: ["2024-01-15"], "20240115"
