// LanceAppli (page d'aide ?3035006) : le code de sortie avec exeValeurRetour, Faux et
// ErreurInfo quand le programme est introuvable.
Trace(LanceAppli("sh -c ""exit 3""", exeActif, exeValeurRetour)) // expect: 3
Trace(lanceappli("""sh"" -c ""exit 0""", exeActif, exeWait)) // expect: 1
Trace(LanceAppli("programme_introuvable_wl_12345"), ErreurDétectée) // expect: 0, 1
Trace(LanceAppli(""), ErreurDétectée) // expect: 0, 1
// Les noms français des modes et de l'attente, comme le code français et le manuel de
// PC SOFT les écrivent : LanceAppli(sLigneCommande, exeActif, exeBloquant).
Trace(LanceAppli("sh -c ""exit 0""", exeIconise, exeBloquant)) // expect: 1
Trace(LanceAppli("sh -c ""exit 0""", exeInactif, exeNonBloquant)) // expect: 1
Trace(exeBloquant = exeWait, exeNonBloquant = exeDontWait, exeMaximise = exeMaximize) // expect: 1, 1, 1
