// Une chaîne entre apostrophes (Python, JavaScript, SQL) : le WLangage écrit les chaînes
// entre guillemets ; l'erreur le dit, et qu'un commentaire suit //.
sVille est une chaîne = 'Lyon' // expect error: unexpected character "'": WLanguage writes a string between double quotes ("...") and a comment after //
