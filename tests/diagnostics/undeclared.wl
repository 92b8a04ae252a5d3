// undeclared names: the closest declared one is suggested, case and accents ignored
sNomClient is string = "Ann"
nTaux is int = 5
Trace(sNomClien) // error: WL101:7 'sNomClien' is not declared; did you mean sNomClient?
Trace(NTAUXX) // error: WL101:7 'NTAUXX' is not declared; did you mean nTaux?
Trace(zzz) // error: WL101:7 'zzz' is not declared
Trace(sNomClient, nTaux)
