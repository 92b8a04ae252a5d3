// FAIRE ... TANTQUE comme d'autres langages écrivent une boucle testée à sa fin : le
// WLangage écrit BOUCLE ... À FAIRE TANTQUE cond (?1510004). Il disait « unexpected
// 'FAIRE'; expected an expression ».
nCompte est un entier
FAIRE // expect error: 'FAIRE' opens no block here: a loop whose condition is tested at its end is written BOUCLE ... À FAIRE TANTQUE <condition>
	nCompte++
TANTQUE nCompte < 3
