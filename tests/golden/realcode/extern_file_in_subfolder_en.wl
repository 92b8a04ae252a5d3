// EXTERN "s\inc3.wl" names a file of a subfolder (backslashes, relative to the including
// file's folder): its text is inserted at the line (?1511013), as PC SOFT's code writes
// EXTERN ".\zzW\Z\x.wl"; it was refused ("which the run does not read").
EXTERN "s\inc3.wl"
EXTERN ".\s\deeper\inc5.wl"
Trace(KK3) // expect: 8
Trace(KK5 + KK3) // expect: 18
