// DO ... WHILE as other languages write a loop tested at its end: WLanguage writes
// LOOP ... DO WHILE cond (?1510004). It said "unexpected 'DO'; expected an expression".
nCount is int
DO // expect error: 'DO' opens no block here: a loop whose condition is tested at its end is written LOOP ... DO WHILE <condition>
	nCount++
WHILE nCount < 3
