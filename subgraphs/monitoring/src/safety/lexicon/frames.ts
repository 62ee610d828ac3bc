/**
 * Frames that make a weak phrase uncertain: schoolwork, fiction, history, definitions,
 * prevention and asking how to help someone else. A strong phrase ("I want to kill
 * myself") is a concern inside any frame; a weak one ("suicide", "overdose", "naked")
 * inside one of these is left to the model judge.
 */
export const ACADEMIC_FRAMES: readonly string[] = [
  'for (?:my |a |our |the |this )?(?:\\w+ ){0,2}(?:class|project|essay|homework|report|assignment|presentation|paper|lesson|course|exam|test|quiz|research|debate|biology|history|science|chemistry|health|psychology|english|literature|coursework|worksheet|word problem|study|studies)',
  'in (?:the |a |this |our )?(?:novel|book|story|poem|play|movie|film|show|series|history|law|bible|ww ?1|ww ?2|world war|civil war|middle ages|victorian|article|textbook|documentary)',
  'history|historical|statistics|stats|rates?|prevention|preventing|prevent|awareness|hotlines?|helplines?|definition|define|meaning|mean by|symptoms|warning signs|signs of|causes|ethics|ethical|legal|illegal|laws?|documentary|characters?|author|novels?|shakespeare|macbeth|hamlet|romeo|juliet|of mice and men|hunger games|squeeze|squad|fiction|literature|analy[sz]e|analysis|explain|summari[sz]e|essay|poem|biology|toxicology|pharmacology|medicine|medical|doctors?|nurses?|science|scientific|research|study|studies|treatment|treated|treat|treating|paramedics?|first aid|ambulance|therapy|counsel\\w*|support|help (?:a|my) friend',
  '(?:what|why|how|when|where|who) (?:did|was|were|had|is the|are the|does the|do the|do some|do people)',
  'what (?:does|do|is) (?:the word |the term )?(?:\\w+ ){1,3}mean|what is (?:a |an )?(?:\\w+ )?$|(?:i want|trying) to understand',
  '(?:my |a )?(?:friend|someone|somebody|people|a person|student|classmate|sister|brother|cousin) (?:who|that|tells|told|says|said|is|seems|feels|might be|might|keeps)',
  'sex(?:ual)? (?:education|ed|health|reproduction)|puberty|consent|reproduction|anatomy|art (?:class|history)|museum|statue|painting|sculpture',
  'para (?:mi|un|una|la) (?:clase|tarea|proyecto|ensayo|examen)|historia de|pour (?:mon|ma|un|une|le|la) (?:cours|devoir|projet|expose|examen)|histoire de',
];
