// Help page GetGUID (?1000018857): its first example as written. A GUID is random: the
// page's "Example of calculated GUID" lines are its shape, traced here as its length,
// its braces and its separators (guidFormatted, the default). Its examples that put
// the GUID in a UUID variable are left out: the UUID type is not implemented.
MyGUID is string
MyGUID = GetGUID()
// Example of calculated GUID: F9168C5E-CEB2-4faa-B6BF-329BF39FA1E4
Trace(Length(MyGUID), Left(MyGUID, 1), Right(MyGUID, 1)) // expect: 38, {, }
Trace(MyGUID[[10]], MyGUID[[15]], MyGUID[[20]], MyGUID[[25]]) // expect: -, -, -, -
// Its formats: guidRough, 32 hexadecimal characters; guidRough256, 64
Trace(Length(GetGUID(guidRough)), Length(GetGUID(guidRough256))) // expect: 32, 64
Trace(Length(GetGUID(guidFormatted))) // expect: 38
// Its remark: successive calls give distinct GUIDs
Trace(GetGUID() <> GetGUID()) // expect: 1
