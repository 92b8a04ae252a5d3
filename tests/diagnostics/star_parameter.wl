// '*' (the rest of the arguments) can only close the parameter list
PROCEDURE P(*, x) // error: WL111:13 '*' (any number of parameters) can only be the last parameter
RESULT x
PROCÉDURE Q(*, y) // error: WL111:13 '*' (any number of parameters) can only be the last parameter
RENVOYER y
