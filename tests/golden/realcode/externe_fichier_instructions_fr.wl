// EXTERNE "fichier" insère le texte du fichier à la ligne (?1511013). Un projet de caisse
// garde le code de chaque bouton dans un fichier .wl que ses événements incluent avec
// EXTERNE : ses instructions s'exécutent là, dans l'ordre, et ce qu'il déclare est connu
// après la ligne ; ses procédures aussi. (Elles étaient refusées.)
Trace("avant") // expect: avant
EXTERNE "code_bouton.wl" // expect: inclus BTN_1
Trace("après " + sChamp + " " + Double(nNombre)) // expect: après BTN_1 8
