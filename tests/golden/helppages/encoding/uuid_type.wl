// Help page UUID (Variable type) ?1514083: its example as written, then what its
// remarks state: an empty UUID is Nil_UUID (128 bits) or Nil_UUID256 (256 bits); the
// "8-4-4-4-12", "{...}" and 32-digit forms are recognized. Stored in the standard form,
// lower case, as GetGUID's page ?1000018857 shows it (the type was unknown).
v is UUID 	// Declaration of a 128-bit UUID by default
v1 is 128-bit UUID
v2 is 256-bit UUID
Trace(v = Nil_UUID, v1 = Nil_UUID, v2 = Nil_UUID256) // expect: 1, 1, 1
Trace(v) // expect: 00000000-0000-0000-0000-000000000000
// The older page's spelling
v3 is UUID on 128
v4 is UUID on 256
Trace(v3 = Nil_UUID, v4 = Nil_UUID256) // expect: 1, 1
// The formats recognized
v = "CD9FE4B6-AE1D-448C-B157-D9EA074726CF"
Trace(v) // expect: cd9fe4b6-ae1d-448c-b157-d9ea074726cf
v1 = "{CD9FE4B6-AE1D-448C-B157-D9EA074726CF}"
Trace(v1 = v) // expect: 1
v3 = "CD9FE4B6AE1D448CB157D9EA074726CF"
Trace(v3 = v) // expect: 1
v2 = "BD05DB772A9970C1D91ADF8F86A7217AD65C64CF95B8CC6BC10CAD69432F0473"
Trace(v2) // expect: bd05db772a9970c1d91adf8f86a7217ad65c64cf95b8cc6bc10cad69432f0473
// A text that is no UUID: the conversion makes no sense
v = "not a UUID" // expect error: is not a UUID
