// Page d'aide LanceAppli (?3035006), les modes et attentes de sa syntaxe sur une commande
// du shell (les modes de fenêtre ne signifient rien sans fenêtre : acceptés, le programme
// tourne de même). exeValeurRetour donne le code de sortie ; exeBloquant et exeNonBloquant
// donnent Vrai.
Trace(LanceAppli("/bin/sh -c ""exit 3""", exeInactif, exeValeurRetour))   // expect: 3
Trace(LanceAppli("/bin/sh -c ""exit 0""", exeIconise, exeBloquant))       // expect: 1
Trace(LanceAppli("/bin/sh -c ""exit 0""", exeMaximise, exeNonBloquant))   // expect: 1
Trace(LanceAppli("/bin/sh -c ""exit 5""", exeActif, exeValeurRetour))     // expect: 5
Trace(LanceAppli("/bin/sh -c ""exit 0""", exeActif, exePID) > 0)          // expect: 1
