// Page d'aide "Instruction BOUCLE" (doc.pcsoft.fr ?1510004) : ses trois formes telles
// qu'elles sont écrites ; la lecture du fichier texte (fLitLigne sur NumFic) est
// remplacée par une procédure qui rend les lignes d'un tableau puis EOT.
Lignes est un tableau de chaînes = ["un", "deux", "trois"]
Rang est un entier
UneLigne est une chaîne
// Sortie selon une condition SI
BOUCLE
// Lecture d'une ligne du fichier texte
UneLigne = LitLigne()
SI UneLigne = EOT ALORS SORTIR
TraiteLigne(UneLigne)
FIN
// expect: un
// expect: deux
// expect: trois
// Sortie selon une condition TANTQUE
Rang = 0
BOUCLE
// Lecture d'une ligne du fichier texte
UneLigne = LitLigne()
SI UneLigne <> EOT ALORS TraiteLigne(UneLigne)
À FAIRE TANTQUE UneLigne <> EOT
// expect: un
// expect: deux
// expect: trois
// Sortie selon une itération
Rang = 0
BOUCLE (2)
// Lecture d'une ligne du fichier texte
UneLigne = LitLigne()
TraiteLigne(UneLigne)
FIN
// expect: un
// expect: deux

PROCÉDURE LitLigne()
Rang++
SI Rang > Lignes.Occurrence ALORS RENVOYER EOT
RENVOYER Lignes[Rang]

PROCÉDURE TraiteLigne(Ligne)
Trace(Ligne)
