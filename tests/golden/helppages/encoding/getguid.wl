// Help page GetGUID (?1000018857): its first example as written. A GUID is random: the
// page's "Example of calculated GUID" lines are its shape, traced here as its length,
// its braces and its separators (guidFormatted, the default); its UUID variables hold
// the standard lower-case form its comments show.
MyGUID is string
MyGUID = GetGUID()
// Example of calculated GUID: F9168C5E-CEB2-4faa-B6BF-329BF39FA1E4
Trace(Length(MyGUID), Left(MyGUID, 1), Right(MyGUID, 1)) // expect: 38, {, }
Trace(MyGUID[[10]], MyGUID[[15]], MyGUID[[20]], MyGUID[[25]]) // expect: -, -, -, -
MyUUID is UUID
MyUUID = GetGUID()
// Example of calculated GUID: a0a79fce-b311-4d56-a1fe-f57d1c6e02bc
Trace(Length(MyUUID), MyUUID = Lower(MyUUID), MyUUID[[9]]) // expect: 36, 1, -
MyUUID256 is 256-bit UUID
MyUUID256 = GetGUID(guidRough256)
// Example of calculated GUID: bd05db772a9970c1d91adf8f86a7217ad65c64cf95b8cc6bc10cad69432f0473
Trace(Length(MyUUID256), MyUUID256 = Lower(MyUUID256)) // expect: 64, 1
// Its formats: guidRough, 32 hexadecimal characters; guidRough256, 64
Trace(Length(GetGUID(guidRough)), Length(GetGUID(guidRough256))) // expect: 32, 64
Trace(Length(GetGUID(guidFormatted))) // expect: 38
// Its remark: successive calls give distinct GUIDs
Trace(GetGUID() <> GetGUID()) // expect: 1
