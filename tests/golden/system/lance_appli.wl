// LanceAppli (page d'aide ?3035006) : le code de sortie avec exeValeurRetour, Faux et
// ErreurInfo quand le programme est introuvable.
Trace(LanceAppli("sh -c ""exit 3""", exeActif, exeValeurRetour)) // expect: 3
Trace(lanceappli("""sh"" -c ""exit 0""", exeActif, exeWait)) // expect: 1
Trace(LanceAppli("programme_introuvable_wl_12345"), ErreurDétectée) // expect: 0, 1
Trace(LanceAppli(""), ErreurDétectée) // expect: 0, 1
