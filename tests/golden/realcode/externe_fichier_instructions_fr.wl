// EXTERNE "fichier" inclut le texte du fichier à la ligne (?1511013). Un projet de caisse
// garde le code de chaque bouton dans un fichier .wl que ses événements incluent avec
// EXTERNE. wlinterp lit un fichier EXTERNE comme le projet lit ses bibliothèques .wl
// (déclarations, procédures), sans l'insérer à la ligne : les instructions de son code
// principal ne s'exécuteraient jamais, et elles étaient perdues sans un mot. wl check et
// l'exécution le refusent à la ligne.
EXTERNE "code_bouton.wl" // expect error: EXTERNE "code_bouton.wl": its main code runs statements, which wlinterp does not insert at this line: they would never run
Trace("après")
