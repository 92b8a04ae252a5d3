// HFSQL constants compared with PC SOFT's C header HFConstant.h (docs/builtins.md
// "Constant values"): ..KeyType's eHKEYTYPE 2060-2062 (hPrimaryKey 2063 INFERRED),
// HCURRENTRECNUM 0, HMINVAL "\x00" and HMAXVAL "\xFF".
Trace(hNotAKey, hUniqueKey, hDuplicatesKey, hPrimaryKey)        // expect: 2060, 2061, 2062, 2063
Trace(hCurrentRecNum, hRecNumCurrent)                          // expect: 0, 0
Trace(hMinVal = Charact(0), hMaxVal = Charact(255))            // expect: 1, 1
itm is Item Description
Trace(itm..KeyType = hNotAKey)                                 // expect: 1
itm..KeyType = hDuplicatesKey
Trace(itm..KeyType)                                            // expect: 2062
