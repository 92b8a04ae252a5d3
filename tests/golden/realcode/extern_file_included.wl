// EXTERN "file" / EXTERNE "fichier" includes a text file of WLanguage code, here constants
// (?1511013): the files beside the script are read (extern_file_included.files/), in any
// case; PC SOFT's own WinConst.wl, which WINDEV installs, is not required. A file that is not
// there is refused before the program runs (errors/extern_missing_file_en.wl).
EXTERN "constants.wl"
EXTERNE "AUTRES.WL"
EXTERN "WinConst.wl"
Trace(VAT_RATE) // expect: 20
Trace(TAUX_REMISE) // expect: 5
