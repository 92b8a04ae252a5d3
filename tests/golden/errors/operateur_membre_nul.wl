// `o?.x` (l'accès conditionnel de C#) n'est pas un des opérateurs de WLanguage pour la
// valeur nulle (?1511031 : ?!, ??, ??*, ??= et ??=*) : l'erreur de syntaxe le dit au `?`
// et montre quoi écrire ; elle disait « unexpected '.'; expected an expression ».
o est un CPoint dynamique
Trace(o <> Null ? o.x SINON -1)
Trace(o?..Nom) // expect error: '?..' is not a WLanguage operator (the null operators are ?!, ??, ??*, ??= and ??=*): test the object first (IF o <> Null THEN ...) or write (o <> Null ? o..x ELSE value)

CPoint est une Classe
	x est un entier
FIN
