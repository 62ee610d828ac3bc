import { entries } from './compile';

/** Figurative uses of "die"/"dead" that are not about dying. */
const FIGURATIVE_DIE = [
  'die (?:of|from) (?:embarrassment|shame|laughter|laughing|boredom|cringe|happiness|cuteness|joy)',
  '(?:dying|die|died) (?:to (?:see|get|go|know|try|meet|hear|watch|play|eat|read)|laughing|of laughter)',
  'dead (?:tired|serious|inside lol|ass)',
  '(?:i|we) (?:nearly|almost|literally) died (?:laughing|of)',
];

/**
 * Self-harm and suicide: intent, plans and methods, hopelessness and farewell, self-injury
 * and eating disorders, in English, Spanish and French. First-person and method-seeking
 * phrasing is strong; bare topic words ("suicide", "self-harm") are weak, so a question
 * about prevention or a novel stays clean.
 */
export const SELF_HARM = [
  ...entries('SELF_HARM', 'en', { severity: 'HIGH' }, [
    [
      'kill_myself',
      '(?:{HARM}|kil(?:s|ed|ing|in)?|hang(?:s|ed|ing)?|shoot(?:ing)?|stab(?:bing)?|hurt(?:ing|s)?|harm(?:ing|ed)?|cut(?:s|ting)?|burn(?:s|ed|t|ing)?|starv(?:e|es|ed|ing)|poison(?:ing)?|drown(?:ing)?|end(?:ing)?|delet(?:e|ing)|overdos(?:e|ing)|od|drug(?:ging)?|punish(?:ing)?|hit(?:ting)?|throw(?:ing)?|bash(?:ing)?|slit(?:ting)?) {MYSELF}',
      {
        unless: [
          'beat (?:my ?self) up (?:about|over|for)',
          'shot (?:my ?self) in the foot',
          'proud of',
          'by (?:my ?self)',
        ],
      },
    ],
    [
      'kms',
      '(?:kms|kmsl|kys ?self|unalive|unaliving|unalived|sewer ?slide|sewerslide|self ?delete|self ?deleting|commit die|game end (?:my ?self|me))',
    ],
    [
      'want_to_die',
      '(?:want|wanna|wana|wish|ready|deserve|plan|planning|need|trying|hope|hoping|like|rather|longing|tempted|decided) (?:to )?(?:just |fucking |really |honestly |literally |simply )?(?:die|be dead|d i e|stop existing|not exist|not be alive|not be here anymore|be gone forever|go to sleep forever|sleep forever|fall asleep forever|end it|end it all|end everything|end things|end this|end my life|not wake up|never wake up|disappear forever|vanish forever)',
      { unless: FIGURATIVE_DIE },
    ],
    [
      'should_die',
      '(?:i|im) (?:should|shud|deserve to|might as well|may as well) (?:just )?(?:die|be dead|not be alive|not exist|kill)',
      { unless: FIGURATIVE_DIE },
    ],
    [
      'better_off',
      '(?:better off (?:dead|without me|if i (?:was|were|wasnt|werent|was not|were not) (?:here|gone|dead|alive|around|born))|(?:would|will|d|wld) be (?:so |much |way )?(?:better|happier|easier) (?:off )?(?:without me|if i (?:was|were) (?:gone|dead|not here)|if i (?:died|disappeared|wasnt here|was not here)))',
    ],
    [
      'not_alive',
      '(?:dont|do not|dnt|no longer|dont even|never|dont really|really dont|dont wanna|do not wanna) (?:want|wanna|wish|care) (?:to )?(?:be alive|live|exist|be here|wake up|be around|go on|keep going|keep living|live anymore|be on this earth)',
    ],
    [
      'no_reason',
      '(?:no|zero|not (?:a|any)|there is no|theres no|cant see (?:a|any|the)|dont see (?:a|any|the)|what is the|whats the|wats the) (?:single )?(?:reason|point|purpose|use) (?:for me )?(?:to|in|of|for) (?:live|living|life|go on|going on|being alive|being here|keep going|keep living|existing|stay alive|staying alive|me being here|trying anymore)',
    ],
    [
      'end_life',
      '(?:end|ending|ended|take|taking|took|finish|finishing) (?:my|my own) (?:life|lives)|(?:end|ending|finish|finishing) (?:it|this|everything|things) (?:all|now|tonight|today|for good|once and for all|forever)|(?:end|ending) it all|want (?:out|to get out) of (?:this|my) life',
      {
        unless: [
          '(?:end|ending|finish) (?:it|this) (?:now|tonight|today) (?:\\w+ )?(?:essay|homework|project|game|level|season|book|series|show)',
        ],
      },
    ],
    [
      'method_way',
      '(?:painless|quick|quickest|easiest|fastest|best|peaceful|easy|least painful|surest|simple|cleanest|quiet|quietest) (?:way|ways|method|methods|option|options) (?:to|of|for) (?:die|dying|kil (?:my ?self|your ?self|oneself)|end it|go|commit|suicide|end (?:my|your|a) life|not wake up|end things|end everything|unalive)',
    ],
    [
      'method_dose',
      '(?:how (?:many|much)|what amount|what dose|what number) (?:of )?(?:\\w+ ){0,5}(?:to|would|does it take to|will|can|it takes to|till|until|before|is needed to|do you need to|do i need to) (?:die|kil (?:me|you|my ?self|your ?self)|overdose|od|not wake up|never wake up|stop (?:my|your|a) heart|be fatal|be lethal|end it|fall asleep forever|sleep forever)',
    ],
    [
      'method_height',
      'how (?:deep|hard|long|far|high|tall|much blood|many cuts) (?:\\w+ ){0,8}(?:bleed|bleed out|to die|die|dying|death|drown|hang|pass out|kill you|be fatal|survive)',
      { unless: ['(?:cut|wound|nosebleed|scrape|graze) (?:to )?heal'] },
    ],
    [
      'method_jump',
      '(?:jump|jumping|jumped|throw (?:my ?self|me)|threw my ?self|step|stepping|stepped|walk|walking|walked|lie|lying|lay) (?:off|from|in front of|into) (?:a |the |my |our |this )?(?:\\w+ )?(?:bridge|building|roof|rooftop|cliff|balcony|tower|train|bus|car|truck|traffic|window|overpass|highway|motorway|river|lake|parking garage)',
      {
        unless: [
          '(?:dog|cat|horse|kid|boy|girl|he|she|they|character|man|woman|someone|people) (?:\\w+ )?(?:jump|jumped|jumps)',
          'jump (?:in|into) the (?:lake|river|pool) (?:for|to swim|to cool)',
        ],
      },
    ],
    [
      'method_bottle',
      '(?:take|took|taking|swallow|swallowed|swallowing|down|downed|downing|chug|chugging|eat|ate) (?:a |the |an )?(?:whole|entire|full|all (?:the|my|of (?:the|my|her|his|mums?|moms?|dads?))|every|too many|a bunch of|all|bunch of|handful of|a handful of|loads of|lots of|20|30|50|100) (?:of )?(?:\\w+ )?(?:bottle|pack|box|packet|strip|pills|tablets|meds|medicine|medication|sleeping pills|painkillers|tylenol|paracetamol|panadol|ibuprofen|advil|aspirin|xanax|oxy|oxycodone|opioids|insulin|antidepressants|prozac|zoloft|lithium|benadryl|melatonin|adderall|sleeping tablets)',
    ],
    [
      'what_if_take',
      'what (?:happens|would happen|will happen) (?:if|when) (?:you|u|i|someone|a person) (?:take|takes|took|swallow|swallows|drink|drinks|od|overdose|overdoses|eat|eats) (?:a |an )?(?:whole|entire|full|lot of|all|too many|bunch|bottle|box|pack|50|20|30|100)',
    ],
    [
      'overdose_intent',
      '(?:{INTENT})?(?:overdos(?:e|ing|ed)|od(?:ing)?) (?:on|with) (?:my|her|his|the|some|mums?|moms?|dads?|\\w+s) ?(?:\\w+ )?(?:pills|meds|medicine|medication|tablets|tylenol|paracetamol|sleeping|insulin|painkillers|xanax|antidepressants)',
    ],
    ['overdose', 'overdos(?:e|ing|ed)', { strength: 'weak' }],
    [
      'suicidal_me',
      '(?:im|i am|i feel|i felt|feel|feeling|felt|been|getting|i get|i was|having|had|have) (?:so |really |very |kinda |kind of |a bit |pretty |super |extremely |more |a lot of |some |bad )*(?:suicidal|suicide thoughts|suicidal thoughts|thoughts of suicide|thoughts (?:about|of) (?:ending|killing|dying))',
    ],
    [
      'suicide',
      'suicid(?:e|al|ally|es)?|self ?harm(?:ing|ed|s)?|self ?injur(?:y|e|ing|ed)|self ?mutilat\\w*',
      {
        strength: 'weak',
        unless: [
          'suicide (?:squeeze|squad|doors?|bombers?|missions?|run|pact in romeo|king)',
          'suicide is painless',
        ],
      },
    ],
    [
      'thinking_suicide',
      '(?:thinking|think|thought|thoughts) (?:about|of|abt) (?:suicide|ending it|ending my life|killing my ?self|dying|death|not being here|ending things|doing it)',
    ],
    [
      'self_injury',
      '(?:cut|cutting|cuts|slice|slicing|slit|slitting|scratch|scratching|scratched|carve|carving|carved|burn|burning|burnt|burned|hit|hitting|punch|punching|bang|banging|bite|biting|pick|picking|stab|stabbing|hurt|hurting|bruise|bruising) (?:my |myself on the |into my |up my |open my )(?:own )?(?:wrists?|arms?|legs?|thighs?|skin|stomach|body|hips?|head|ribs|knuckles|veins|forearms?|ankles|wrist)',
      {
        unless: [
          '(?:while|when) (?:cooking|cutting (?:veg|vegetables|onions|paper|wood)|playing|skating|climbing)',
          'by accident|accidentally|on (?:the|a) (?:door|table|stove|oven)',
        ],
      },
    ],
    [
      'bleed_until',
      '(?:till|until|untill|til|so|to) (?:they|it|i|my \\w+|the skin|the cuts?) (?:bleed|bleeds|bled|bruise|bruises|scar|scars|hurts? enough)',
    ],
    [
      'cutting_again',
      '(?:started|start|starting|been|keep|kept|stop|stopped|back to|relapsed|relapse|relapsing|urge to|urges to|want to|wanna|need to|cant stop) (?:\\w+ )?(?:cutting|harming|self harming|sh|hurting my ?self)(?: again| myself)?',
    ],
    [
      'feel_something',
      '(?:so i can|to|just to|so that i can|so i) (?:feel|fell) (?:something|anything|the pain|real|alive)(?! (?:about|for|when|like))',
    ],
    [
      'not_eaten',
      '(?:havent|have not|havnt|didnt|did not|not|barely|only) (?:eaten|ate|eat|eating|had (?:any )?food|had a meal) (?:\\w+ ){0,3}(?:in|for|since) (?:\\d+|a|an|two|three|four|five|six|seven|several|few|many|days|like) ?(?:days?|weeks?|meals)?',
      { severity: 'MEDIUM' },
    ],
    [
      'purge',
      '(?:make|made|making|force|forced|forcing|makes) (?:my ?self|me) (?:throw up|puke|vomit|sick|purge|be sick|barf)|(?:purge|purging|purged|throwing up|throw up) (?:after|every time i) (?:eating|i eat|meals?|lunch|dinner|breakfast)|(?:threw|throw|throwing|puke|puked|vomit|vomited|vomiting|purged) (?:up )?(?:my )?(?:\\w+ )?(?:on purpose|deliberately|after (?:eating|every meal|meals?|dinner|lunch|breakfast))|so (?:i )?(?:dont|do not|wont|will not|never) (?:gain|get fat|put on weight)|pro ?ana|pro ?mia|thinspo\\w*|meanspo|bonespo',
      { severity: 'MEDIUM' },
    ],
    [
      'starve',
      '(?:(?:stopped|stop|quit|quitting) eating(?! (?:meat|sugar|junk|fast food|candy|sweets|chocolate|gluten|dairy|pork|beef|chicken|fish|bread|carbs|snacks|at|out|there|late|before|after|so much|as much|in class|in the|with))(?: (?:\\w+ ){0,4}(?:to|so|because|since|and|until|till))?|(?:hate|hated|hating) my (?:body|weight|stomach|thighs|face) so (?:much )?(?:i|that i) (?:\\w+ )?(?:stopped|stop|dont|skip|starve|throw|purge|cut))|(?:starv(?:e|ing|ed)|not eating|skip(?:ping)? (?:meals|food|lunch|dinner|breakfast)) (?:\\w+ ){0,4}(?:to (?:lose|get|be|become|look)|so i (?:can|could|will|get|lose|look|am)|until|till|because i(?:m| am) (?:fat|ugly|gross|disgusting))',
      { severity: 'MEDIUM' },
    ],
    [
      'disappear',
      '(?:until|till|so|and) i (?:disappear|vanish|waste away|am gone|die|stop existing|dont exist)|(?:disappear|vanish|gone) (?:forever|for good|permanently|and never come back)',
    ],
    [
      'goodbye_me',
      '(?:i|ive|im|i have|i am|i just|i already|i finally|already|just) (?:\\w+ )?(?:wrote|writing|write|written|left|leaving|made|recorded|finished|typed|prepared) (?:a |my |the |some )?(?:goodbye|suicide|farewell|final|last) (?:letter|note|message|video|post|text)s?',
    ],
    [
      'goodbye',
      '(?:goodbye|suicide|farewell) (?:letter|note|message|video)s?',
      { strength: 'weak' },
    ],
    [
      'last_day',
      '(?:decided|sure|know|knew|feel like|think|certain|promise) (?:that )?(?:this|today|tonight|tomorrow|it|friday|monday|this week|this weekend|next week) (?:is|will be|s|gonna be|going to be) (?:my|the) (?:last|final)|my (?:last|final) (?:day|night|week|weekend|days|hours) (?:alive|on earth|here|ever|of life|of my life)|(?:wont|will not|not gonna|not going to) be (?:here|around|alive) (?:tomorrow|much longer|for long|next week|anymore|after tonight|by)',
    ],
    [
      'give_away',
      '(?:gave|giving|give|gived) away (?:all )?(?:of )?my (?:stuff|things|belongings|possessions|games|clothes|stuffs|pets|everything|favorite|favourite)',
    ],
    [
      'goodbye_all',
      '(?:this is (?:my )?(?:final )?goodbye|(?:saying|said|say|saying my) (?:goodbye|goodbyes|bye) to (?:everyone|everybody|my family|you all|the world|all of you|life))',
    ],
    [
      'burden',
      '(?:im|i am|i feel|feel|feeling|i m|i just|just|i have been|ive been|always been) (?:like )?(?:such |only |nothing but |just |a |an )*(?:burden|waste of (?:space|air|oxygen|life)|mistake|disappointment to everyone)',
    ],
    [
      'make_it_stop',
      '(?:want|need|wish|make) (?:it|this|everything|the pain|all of it|all this|life|it all) (?:to )?(?:stop|end|be over) (?:forever|for good|permanently|for ever|once and for all)|(?:never|not) (?:to )?(?:wake|waking) up (?:again|ever|tomorrow)?|(?:wish|want|hope|pray) (?:i )?(?:could )?(?:\\w+ ){0,4}(?:never|not) (?:wake|waking) up|eternal sleep|sleep forever|go to sleep forever|(?:sleep|go to sleep|fall asleep|close my eyes|go to bed) (?:and|&|n) (?:never|not|dont) (?:wake|waking) up',
    ],
    [
      'nobody_care',
      '(?:nobody|no one|noone|no1|nobody would|people (?:wouldnt|would not)|no body|who) (?:\\w+ ){0,2}(?:would|will|d|wld|wud)? ?(?:even |really |actually )?(?:care|notice|miss me|cry|be sad|remember me|come to my funeral) (?:\\w+ ){0,2}(?:if|when) i (?:\\w+ )?(?:died|die|disappeared|disappear|was gone|wasnt here|were gone|was dead|killed|left forever|vanished|never came back|didnt wake up|stopped existing)|(?:wouldnt|would not|dont|wont) (?:even )?(?:care|notice|miss me) if i (?:was|were|died|disappeared|vanished)',
    ],
    [
      'wish_dead',
      '(?:wish|wished|wishing) (?:that )?i (?:was|were|had|could) (?:\\w+ )?(?:dead|never born|not born|gone|not alive|die|disappear|not exist|never been born)|wish i (?:didnt|did not) exist',
    ],
    [
      'give_up_life',
      '(?:giving|give|gave|want to give|ready to give) up on (?:life|living|everything|my ?self|existing|being alive)|(?:tired|sick|done) (?:of|with) (?:living|life|being alive|existing|everything and everyone|it all)(?! (?:in|on) )',
    ],
    [
      'cant_go_on',
      '(?:i )?(?:cant|can not|cannot|cnt) (?:go on|do this anymore|take (?:it|this) anymore|keep going|live like this|handle (?:life|living|it) anymore|be here anymore|keep living)',
      { severity: 'MEDIUM', strength: 'weak' },
    ],
    [
      'hate_myself',
      '(?:i )?(?:hate|despise|loathe) (?:my ?self|my life|being alive|my body so much)|(?:im|i am|i feel|feel) (?:so |completely |totally )?(?:worthless|useless and alone|empty inside|like nothing matters)',
      { severity: 'MEDIUM' },
    ],
    [
      'relapse',
      '(?:relapsed|relapse|relapsing)(?: (?:and|again|on))?(?: (?:cut|cutting|sh|self ?harm\\w*|purg\\w*|starv\\w*|burn\\w*|hurt my ?self))',
      { severity: 'HIGH' },
    ],
    ['relapse_weak', 'relapsed|relapsing', { strength: 'weak', severity: 'MEDIUM' }],
    [
      'cut_again',
      '(?:i )?(?:cut|cutted|sliced) (?:again|last night|yesterday|today|this morning|tonight|deeper|too deep|so deep|really deep)(?! (?:my |the |a |some )?(?:hair|bangs|fringe|nails|paper|grass|lawn|cake|onions?))',
      {
        unless: ['(?:hair|bangs|fringe|nails|haircut|barber|grass|lawn|class|corners|ties|losses)'],
      },
    ],
    [
      'die_from',
      '(?:die|dying|bleed out|death|kill (?:you|u|yourself|my ?self)) (?:from|by|of|with) (?:cutting|slitting|hanging|drowning|overdosing|jumping|pills|an overdose|suffocation|carbon monoxide|bleach|cuts?)|(?:cutting|slitting|cut|slit|slice|slicing) (?:your|my|ur|the|ones|one s|open) (?:own )?wrists?',
      { unless: ['(?:history|roman|romans|seneca|cleopatra|socrates|ancient)'] },
    ],
    [
      'deserve_pain',
      '(?:i )?(?:deserve|deserved|need) (?:the |this |all the |to feel )?(?:pain|to (?:suffer|be hurt|feel pain|die|be punished|hurt|bleed|be dead))|punch(?:ed|ing)? (?:the |a )?walls? (?:until|til|till|so|and) (?:my|it|i)',
      { unless: ['(?:doesnt|dont|never) deserve'] },
    ],
    [
      'no_way_out',
      '(?:only|no|one) (?:way out|escape|option|solution|answer|way) (?:\\w+ ){0,3}(?:is |except |but |than |left )?(?:dying|death|to die|suicide|killing my ?self|ending it|ending my life|to end it)|(?:dying|death|suicide) (?:is|seems like|feels like) (?:the|my) only (?:way|option|answer|escape)',
    ],
    [
      'not_burden_long',
      '(?:wont|will not|not gonna|not going to|wont even) (?:be|bother|burden|annoy|trouble) (?:a problem|a burden|anyone|you|everyone|a bother|an issue|around|here|your problem|anybody) (?:\\w+ ){0,3}(?:much longer|for long|anymore|soon|after (?:today|tonight|this week))|(?:wont|will not|dont) have to (?:deal with|worry about|see|put up with) me (?:much longer|anymore|soon|for long|after)',
    ],
    [
      'means_ready',
      '(?:rope|noose|razors?|blades?|pills) (?:and|&|n) (?:a )?plan|(?:bought|got|have|hid|hidden|stash(?:ed)?|saving|saved|collecting|collected|stockpil\\w+|hoarding) (?:\\w+ ){0,2}(?:a |the |some |enough )?(?:rope|noose|razors?|razor blades?|blades?|pills|meds|tablets) (?:for|to use|ready|and|so|until|in case)|(?:i have|ive got|i made|i got|made) (?:a |the )?plan (?:to|for) (?:end|kill|die|do it|tonight|how)',
    ],
    [
      'hide_cuts',
      '(?:hide|hiding|hid|cover|covering|covered) (?:up )?(?:the |my )?(?:cuts|scars|marks|burns|bruises|wounds|self harm)|(?:cuts|scars|burns|fresh cuts|new cuts) (?:on|across|all over) my (?:wrists?|arms?|legs?|thighs?|stomach|body|hips?|skin)|my (?:fresh |new |deep )?(?:cuts|self harm scars) ',
    ],
    [
      'farewell',
      'if i(?:m| am)? (?:not|no longer|isnt|wont be) (?:here|around|alive) (?:tomorrow|anymore|next week|by|after)|tell (?:my \\w+|everyone|them|my family) (?:that )?i (?:love|loved|am sorry|m sorry) (?:her|him|them|you|everyone)(?: (?:when|after|if) i)?|(?:this|its) (?:is )?(?:my )?(?:final|last) (?:message|post|goodbye|text)',
    ],
    [
      'not_worth',
      '(?:life|my life|living|it all|everything|being alive|existing) (?:is|isnt|is not|aint|s|just isnt|really isnt) (?:not )?(?:even )?(?:worth (?:living|it anymore|anything|the pain|it)|pointless|meaningless)(?! (?:without|if|for))',
      { unless: ['(?:without|if|in) (?:music|pizza|friends|love|coffee|games)'] },
    ],
    [
      'noose',
      '(?:tie|tying|make|making|made|bought|buy) (?:a )?noose|noose (?:in|around) (?:my|the)',
      {},
    ],
    [
      'hang',
      'how (?:to|do you|do i) (?:hang|drown|suffocate|poison) (?:my ?self|your ?self|oneself|a person)',
    ],
    [
      'die_soon',
      '(?:im|i am|i will|ill|im gonna|im going to|i want to|gonna) (?:be )?(?:dead|gone) (?:by|before|soon|tomorrow|tonight|next week|this weekend)',
      {
        unless: FIGURATIVE_DIE.concat([
          '(?:if|when) (?:my|mom|mum|dad|the teacher|they) (?:\\w+ ){0,3}(?:find|sees?|finds)',
        ]),
      },
    ],
  ]),
  ...entries('SELF_HARM', 'es', { severity: 'HIGH' }, [
    [
      'me_quiero_matar',
      'me (?:quiero|voy a|quisiera|queria|tengo ganas de) (?:\\w+ )?(?:matar|morir|suicidar|cortar|ahorcar|tirar)',
    ],
    [
      'morir',
      '(?:me )?(?:quiero|quisiera|queria|deseo|tengo ganas de|ganas de|voy a) (?:\\w+ )?(?:morir|morirme|matarme|suicidarme|desaparecer|dejar de existir|no despertar)',
    ],
    [
      'matarme',
      'matarme|suicidarme|quitarme la vida|ahorcarme|cortarme (?:las venas|los brazos|las munecas)?|hacerme dano|lastimarme|tirarme (?:de|por|desde)|envenenarme|acabar con mi vida|terminar con mi vida|acabar con todo',
    ],
    ['suicidio', 'suicid\\w*', { strength: 'weak' }],
    [
      'no_vivir',
      'no (?:quiero|puedo|aguanto) (?:seguir )?(?:vivir|viviendo|estar viv[oa]|despertar|existir)|no quiero vivir|ya no quiero (?:estar aqui|vivir|seguir)',
    ],
    ['no_aguanto', '(?:ya )?no (?:aguanto|puedo) mas', { severity: 'MEDIUM', strength: 'weak' }],
    [
      'mejor_sin_mi',
      '(?:estarian|estaria|seria|serian|estaran|estan) mejor sin mi|nadie me (?:extranaria|echaria de menos|extranara)|(?:desaparecer|dormir) para siempre',
    ],
    [
      'me_corto',
      'me (?:corto|lastimo|hago dano|quemo|araño|arano) (?:\\w+ )?(?:los brazos|las piernas|la piel|las munecas|a proposito)?',
    ],
  ]),
  ...entries('SELF_HARM', 'fr', { severity: 'HIGH' }, [
    [
      'mourir',
      '(?:je veux|jveux|j ?ai envie de|envie de|je voudrais|jvoudrais|je vais) (?:\\w+ )?(?:mourir|crever|disparaitre|en finir|me tuer|me suicider)',
    ],
    [
      'me_tuer',
      '(?:me|m) (?:suicider|tuer|pendre|faire du mal|scarifier|couper les veines|ouvrir les veines|jeter (?:sous|du haut))|mettre fin a (?:mes jours|ma vie)|en finir avec (?:la vie|tout)',
    ],
    ['suicide', 'suicid\\w*|scarification', { strength: 'weak' }],
    ['en_finir', 'en finir|d ?en finir|me foutre en l ?air|me jeter (?:d ?un|du haut|sous)'],
    [
      'plus_vivre',
      '(?:je )?(?:ne )?veux plus vivre|plus envie de vivre|(?:envie|besoin) de disparaitre|marre de vivre',
    ],
    [
      'sans_moi',
      'mieux sans moi|personne ne (?:me regretterait|remarquerait|se soucierait)|(?:disparaitre|dormir) pour toujours',
    ],
    ['je_me_coupe', 'je me (?:coupe|scarifie|fais du mal|brule|mutile)'],
  ]),
  // Indirect forms: hopelessness about waking up, stockpiling, the burden of being around, self-injury described by body part.
  ...entries('SELF_HARM', 'en', { severity: 'HIGH' }, [
    [
      'no_point_waking',
      '(?:point|reason|use) (?:of|in|to) (?:waking up|wake up|getting up|get up|being here|existing|exist|going on|carrying on|trying anymore|anything anymore|being alive|staying alive)',
      {
        unless: [
          'early|for (?:school|class|work|practice|the bus)|on (?:a )?(?:weekend|saturday|sunday|holiday)|alarm',
        ],
      },
    ],
    [
      'stockpiling',
      '(?:saving|saved|stockpiling|stockpiled|hoarding|hoarded|collecting|collected|hiding|hid|stashing|stashed|keeping|kept|counting|counted) (?:up )?(?:all )?(?:of )?(?:my |some |the |her |his |mums? |moms? |dads? )?(?:\\w+ )?(?:pills|meds|medication|medicine|tablets|antidepressants|sleeping pills|painkillers|prescriptions?|insulin)',
    ],
    [
      'lethal_meds',
      '(?:which|what) (?:\\w+ ){0,2}(?:meds|pills|medicines?|medications?|tablets|drugs|painkillers)(?: \\w+){0,4} (?:are |is |would be |could be |can be )?(?:deadly|lethal|fatal|kil (?:you|me|a person|someone)|poisonous)|(?:meds|pills|medicines?|tablets|painkillers|medications?) (?:that )?(?:are |can be |would be |could be )?(?:deadly|lethal|fatal) (?:if|when|in)',
      { strength: 'weak', unless: ['dogs?|cats?|pets?|animals?|horses?|birds?|fish'] },
    ],
    [
      'pill_count',
      'how (?:many|much) (?:\\w+ ){0,3}(?:sleeping pills|pills|tablets|meds|paracetamol|tylenol|ibuprofen|painkillers|xanax|insulin)(?: \\w+){0,3} (?:it takes|does it take|would it take|till|until|before)',
      { strength: 'weak' },
    ],
    [
      'stop_breathing',
      '(?:painless|quick|quickest|easiest|fastest|best|peaceful|quiet|quietest|surest) (?:way|ways|method) (?:to|of) (?:stop|stopping) (?:breathing|living|existing|my heart|your heart)|(?:stop|stopping) (?:breathing|my heart) (?:forever|for good|permanently)',
    ],
    [
      'burden_if_gone',
      '(?:happier|better|easier|fine|relieved|notice|care|miss me|lighter)(?: \\w+){0,4} if i (?:just |simply |finally |quietly )?(?:(?:wasnt|werent|was not|were not|wasn t) (?:around|here|alive|born|in (?:their|the|this|your) (?:life|lives|world))(?: anymore| any more)?|didnt exist|did not exist|was gone|were gone|disappeared|died|was dead|were dead|never existed|vanished)',
    ],
    [
      'self_cut_body',
      '(?:carv\\w*|cut|cuts|cutting|slit|slic\\w*|scratch\\w*|burn\\w*|carve) (?:\\w+ ){0,5}(?:into|on|across|onto) my (?:arms?|thighs?|wrists?|skin|legs?|stomach|hips?|ankles?)|(?:razor|blade|compass|lighter|scissors|sharpener) (?:\\w+ ){0,4}(?:on|into|across) my (?:arms?|thighs?|wrists?|skin|legs?|stomach|hips?)',
      {
        unless: [
          'accident|by mistake|while (?:cooking|playing|climbing|shaving|running)|fell|bug|mosquito|itch\\w*|branch|fence|nail|sunburn|sun|tattoo|henna|paint|marker|pen',
        ],
      },
    ],
    [
      'done_with_life',
      '(?:im|i am|i m) (?:so |just |honestly |literally |really |completely )?(?:done|finished|over) with (?:everything|life|it all|living|this life|all of it|existing|this world|being alive)(?! (?:on|in|for|at|from|today|now i))',
      {
        severity: 'MEDIUM',
        unless: [
          'homework|chores|exams?|schoolwork|school work|my list|to ?do|packing|work for|revision|shopping|cleaning',
        ],
      },
    ],
    [
      'tonight_the_night',
      '(?:tonight|today|tomorrow)(?: s| is) (?:the )?(?:night|day|end)(?: \\w+){0,6} (?:done|goodbye|end it|over|last)|(?:done|over it|goodbye|end it)(?: \\w+){0,6} (?:tonight|today)(?: s| is) the (?:night|day)',
      { unless: ['party|prom|game|concert|show|premiere|date|sleepover|match|recital'] },
    ],
  ]),
  // Spanish indirect forms.
  ...entries('SELF_HARM', 'es', { severity: 'HIGH' }, [
    [
      'no_despertar',
      '(?:no|nunca) (?:volver a )?despertar(?:me)?|dormir(?:me)? y no (?:volver a )?despertar|no quiero despertar(?:me)?|ojala no despierte',
    ],
    [
      'mas_felices_sin_mi',
      '(?:mas felices|mejor|mejor estarian|estarian mejor) (?:\\w+ ){0,3}(?:sin mi|si (?:yo )?no (?:estuviera|existiera)|si me (?:muero|muriera|fuera))',
    ],
    [
      'cortarme',
      'me (?:corto|corte|quemo|lastimo|hago dano|hago cortes|rajo) (?:\\w+ ){0,3}(?:brazos?|piernas?|munecas?|muslos?|piel|a proposito|cuando (?:estoy|me siento)|para (?:sentir|no sentir|castigarme))',
      { unless: ['cocinando|sin querer|accidente|pelo|unas|flequillo'] },
    ],
  ]),
  // French indirect forms.
  ...entries('SELF_HARM', 'fr', { severity: 'HIGH' }, [
    [
      'ne_plus_reveiller',
      'ne (?:plus|jamais) (?:me )?reveiller|m ?endormir (?:et|pour) ne (?:plus|jamais)|(?:dormir|m endormir) pour (?:toujours|de bon)',
    ],
    [
      'sans_moi_fr',
      '(?:plus heureux|mieux|soulages?) (?:\\w+ ){0,3}(?:sans moi|si (?:je )?(?:n ?etais plus|netais plus|disparaissais|mourais|n existais pas|nexistais pas))',
    ],
  ]),
];
