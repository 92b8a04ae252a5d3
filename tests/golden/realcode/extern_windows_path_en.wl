// EXTERN "C:\WinDev\Perso\MyConst.wl": a Windows path that is not there on this host is
// looked for by its base name beside the script, where the run reads it.
EXTERN "C:\WinDev\Perso\MyConst.wl"
Trace(MY_RATE) // expect: 12
