// Un guillemet écrit \" dans une chaîne (l'échappement du C, fréquent dans un JSON
// construit à la main) : la chaîne finit à ce guillemet, et l'erreur, à l'antislash
// suivant, dit que le WLangage double le guillemet (une ligne finissant par un \" seul
// le dit à la chaîne non fermée).
sNom est une chaîne = "Dupont"
sJSON est une chaîne = "{\"nom\":\"" + sNom + "\"}" // expect error: unexpected character '\': WLanguage has no \" escape: a quote inside a string is doubled ("")
