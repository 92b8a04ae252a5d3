// Les réponses de dbgEtatLog, LogActif, LogInactif, LogPause et LogFonctionsWLangage, et
// les modes de ChaîneRécupère (crAdresseASCIIZ, écrit aussi srASCIIZAddress dans le code
// réel) sont des constantes connues : un code qui les nomme se vérifie et se charge
// (elles étaient non déclarées, WL101). dbgEtatLog est catalogué : l'appel s'arrête en
// nommant sa famille, comme wl check le dit (WL103). Jumeau de debugger_log_constants_en.wl.
Trace(LogInactif <> LogActif, LogPause <> LogFonctionsWLangage)       // expect: 1, 1
b est un Buffer = "texte C" + Caract(0) + "reste"
Trace(ChaîneRécupère(b, crAdresseASCIIZ))                             // expect: texte C
Trace(LogEnabled = LogActif, LogDisabled = LogInactif)                // expect: 1, 1
SI dbgEtatLog() = LogActif ALORS Trace("actif") // expect error: dbgEtatLog is a function of the WINDEV environment: not available outside WINDEV
