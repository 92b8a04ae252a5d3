// ExécuteCode ?1000019783, l'exemple de la page (version française) ; le champ de saisie
// SAI_EXPRESSION est ici une variable (la page n'énonce aucun résultat : les nôtres)
sTexte est une chaîne = "Texte"
// Affiche le texte (Trace pour l'Info de la page)
ExécuteCode("Trace(sTexte)")   // expect: Texte
SAI_EXPRESSION est une chaîne = "6 * 7"
sCodeAExécuter est une chaîne
xRésultatOpération est un numérique
// Ce code renvoie le résultat d'une opération %1.
sCodeAExécuter = [
MonCalcul est un numérique
MonCalcul = %1
RENVOYER MonCalcul
]
sCodeAExécuter = ChaîneConstruit(sCodeAExécuter, SAI_EXPRESSION)
xRésultatOpération = ExécuteCode(sCodeAExécuter)
Trace("Le résultat de votre opération est : " + xRésultatOpération)   // expect: Le résultat de votre opération est : 42
