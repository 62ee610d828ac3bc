/**
 * Word classes shared by the lexicons, written over normalised text (lower case, no
 * accents, no apostrophes: "I'm" is "im", "don't" is "dont", "l'école" is "lecole").
 * A macro is used as `{NAME}`; letters stretch and spaces accept short gaps when compiled.
 */
export const MACROS: Readonly<Record<string, string>> = {
  // ── who ──
  I: 'i|im|ive|ill|id|ima|imma|we|were|well|weve|me and (?:my )?(?:friends|boys|bros)',
  MYSELF: 'my ?self|my ?slef|meself|my own self|mysef|myslf',
  YOURSELF: 'your ?self|ur ?self|yo ?self|ya ?self|youre ?self|yourselves|urselves',
  FAMILY:
    'dad|daddy|father|papa|pa|mom|mum|mommy|mummy|mother|ma|stepdad|step dad|stepfather|stepmom|step mom|stepmother|parents?|brother|bro|stepbrother|sister|sis|stepsister|uncle|aunt|auntie|cousin|grandpa|grandad|grandma|granny|grandfather|grandmother|boyfriend|bf|girlfriend|gf|moms boyfriend|mums boyfriend|foster \\w+',
  PERSON:
    '{FAMILY}|teacher|teachers|coach|principal|headteacher|friend|friends|ex|classmate|classmates|neighbou?r|neighbou?rs|boss|bully|bullies|crush|baby|girl|girls|boy|boys|guy|guys|kid|kids|man|woman|lady|dude|bitch|idiot|prick|family|class|whole class|school|everyone|people|students?|teen|teens|nerd|nerds|jock|jocks|nig(?:er|a|ah|uh|erz)s?|niga|[a-z]+s? (?:kid|girl|boy|guy)',
  NONPERSON:
    'my|your|yours|his|its|our|their|theirs|some|any|all|every|no|one|two|three|out|hoops|baskets|rope|paper|hair|wood|food|dinner|lunch|shot|shots|pics?|photos?|pictures?|videos?|it|time|the (?:time|process|task|boss|game|level|vibe|mood|lights?|engine|bacteria|germs|weeds|plants?|test|exam|quiz|essay|presentation|competition|show|stage|mic|song|beat|track|battery|fish|fly|bug|spider|chicken|pig|deer|zombies?|monsters?|mobs?|enemies|creeper|dragon)|this|that|these|those|a|an|the|my ?self|your ?self|some ?thing|something|nothing|weeds?|bugs?|germs?|bacteria|virus(?:es)?|zombies?|monsters?|mobs?|enemies|ants|flies|spiders?|mosquito(?:es)?|rats|mice|process(?:es)?|tasks?|apps?|programs?|tabs?|loops?|threads?|servers?|jobs?|commands?|power|switch|lights|engine|mood|vibe|buzz|conversation|joke|chance|dream|motivation|hunger|pain|bill|plan|idea|competition|test|exam|quiz|essay|homework|assignment|game|level|boss|stage|show|presentation|speech|audition|interview|match|race|round|set|song|beat|track|look|outfit|time|tonight|today|tomorrow|friday|monday|saturday|sunday|tuesday|wednesday|thursday|at|in|on|with|for|of|and|or|to|so|too|again|now|off|out|up|down|back|ya ?self',
  // What counts as the victim of a threat: a person word, a pronoun, or a name.
  VICTIM_P:
    'him|her|them|you|u|ya|yall|you all|all of (?:you|u|them)|every ?one|every ?body|every ?1|people|some ?one|some ?body|a person|a human|anyone|any ?body|(?:my|his|her|their|your|ur|our|that|this|the|those|these|all the|every|a|an|some) (?:\\w+ )?(?:{PERSON})',
  // With an unmistakable verb, a name counts as a victim too ("stab liam").
  VICTIM: '{VICTIM_P}|(?!(?:{NONPERSON})(?![a-z]))[a-z]{3,}',
  // ── intent ──
  ADV: 'really|seriously|honestly|literally|actually|definitely|totally|lowkey|highkey|fr|just|so|then|also|still|def|deadass|finally|even|prolly|probably|go|come|to|and|am|m|are|re|is|s|gonna|i|swear|think|thinking|fucking|fkn|one day|someday|soon|tomorrow|tonight',
  MOD: 'gonna|gona|gunna|gna|gon|finna|tryna|ima|imma|going to|goin to|goin|about to|bout to|should|shall|must|want to|wanna|wana|wants to|need to|needa|plan to|planning to|planning on|plan on|gotta|got to|have to|will|ll|shall|would|d|could|might|ready to|decided to|hope to|intend to|trying to|try to|like to|love to|thinking of|thinking about|considering|dream of|dreaming of|fantasi[sz]e about|fantasi[sz]ing about|wish i could|cant wait to|cant wait till i|wont hesitate to|im going to|going too',
  // Bounded word gaps, not nested repeats of overlapping word lists: those backtrack badly.
  INTENT:
    '(?:(?:{I}) (?:[a-z]+ ){0,3}?(?:{MOD})|ill|id|ima|imma|gonna|finna|tryna|wanna|about to|bout to|going to|lets|lemme|time to) (?:[a-z]+ ){0,2}?',
  HOWTO:
    'how (?:to|do (?:i|you|u|we|people|one)|can (?:i|you|u|we|one|someone)|would (?:i|you|u|someone|one)|should (?:i|we)|could (?:i|you|someone)|would you|does (?:one|someone))|(?:ways?|best way|easiest way|quickest way|fastest way|simplest way|good way|tips|steps|trick|method) (?:to|for)|help me|teach me (?:how )?to|tell me (?:how )?to|show me how to|explain how to',
  // ── harm ──
  HARM: 'kil|murder|stab|shoot|shank|hurt|beat|punch|strangle|choke|poison|attack|smash|bash|slap|slit|break|kick|burn|drown|fight|merk|murk|torture|rape|run over|knock out|knife|batter|suffocate|maim|snap|behead|execute|unalive|whoop|stomp|curb ?stomp|jump|cut|bleed|smother|gut|gas|blow up|shoot up|hang|lynch|harm|assault|mug|end',
  HARM_STRONG:
    'kil|murder|stab|shoot|shank|strangle|choke|poison|punch|beat up|hurt|smack|slap|torture|rape|merk|murk|behead|knife|unalive|shoot up|run over|suffocate|smother|jump',
  HARM_ING:
    'kil(?:s|ed|ing|in)?|murder(?:s|ed|ing)?|stab(?:s|bed|bing)?|shoot(?:s|ing)?|shot|shank(?:s|ed|ing)?|hurt(?:s|ing)?|beat(?:s|ing|en)?|punch(?:es|ed|ing)?|strangl(?:e|es|ed|ing)|chok(?:e|es|ed|ing)|poison(?:s|ed|ing)?|attack(?:s|ed|ing)?|torture(?:s|d)?|rap(?:e|ed|ing)',
  WEAPON:
    'guns?|pistols?|handguns?|rifles?|shotguns?|ar ?15s?|ak ?47s?|glocks?|revolvers?|firearms?|weapons?|knife|knives|blades?|machetes?|switch ?blades?|pocket ?knife|box ?cutters?|tasers?|brass knuckles|baseball bat|crowbars?|axe|hatchet|bombs?|explosives?|grenades?|pipe ?bombs?|ammo|bullets|9 ?mm|piece|strap|heat|ghost guns?',
  WEAPON_STRICT:
    'guns?|pistols?|handguns?|rifles?|shotguns?|ar ?15s?|ak ?47s?|glocks?|revolvers?|firearms?|ghost guns?|ammo|ammunition|bullets|switch ?blades?|brass knuckles|explosives?|grenades?|detonators?|silencers?|suppressors?|untraceable \\w+|cyanide|ricin|arsenic|strychnine|thallium|chloroform|rat poison',
  // ── school-ish places ──
  SCHOOL:
    'school|skool|class|campus|prom|homecoming|the (?:school|class|classroom|dance|game|assembly|bus|gym|cafeteria|canteen|library|hallway|lunch ?room|field)',
  // ── frames that make a weak phrase uncertain ──
  GAME: 'game|games|gaming|fortnite|minecraft|roblox|cod|call of duty|valorant|apex|overwatch|gta|chess|among us|zombies|pvp|server|level|boss|ranked|match|tournament|round|lobby|xbox|playstation|ps5|switch|nintendo|mario|pokemon|halo|league of legends|rocket league|fifa|2k|clash|brawl',
};
