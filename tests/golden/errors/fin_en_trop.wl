// un FIN en trop est une erreur de syntaxe
SI Vrai ALORS
	Trace("a")
FIN
FIN // expect error: FIN
