// Une Durée multipliée ou divisée par un texte s'arrête, comme son reste par un texte
// (`du * "abc"` donnait 0 s alors que `du % "abc"` était refusé) ; Val donne le nombre
// qu'un texte écrit.
duCréneau est une Durée = 1 h
Trace(duCréneau * Val("2")) // expect: 2 h
Trace(duCreneau * "abc") // expect error: A Duration cannot be multiplied by a text (a Duration is multiplied or divided by a number: Val gives the number a text writes).
