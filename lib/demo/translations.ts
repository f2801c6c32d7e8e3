// The demo letters in more languages than their English originals: French and Korean for the
// open letter, Arabic (a right-to-left language) for the delivered one.

export const riverCommonsFrench = {
  title: 'Lettre ouverte : protéger le bassin de la Commune du fleuve avant l’accord de bassin de 2027',
  dateLine: '1er décembre 2026',
  addressees:
    'S. E. Mme Alma Verhoeven\nMinistre de l’Eau et de l’Environnement\nMinistère de l’Eau et de l’Environnement\n12, rue du Quai, Port Calder',
  body: `Madame la Ministre,

Nous, organisations et personnes signataires, vous écrivons avant les négociations de l’**Accord de bassin de 2027 sur la Commune du fleuve** pour vous demander de placer la santé du fleuve, et celle des communautés qui en dépendent, au cœur du texte final.

Le projet diffusé en octobre laisse trois lacunes que nous vous demandons de combler :

1. **Des débits minimaux contraignants.** L’accord doit fixer des débits minimaux opposables pour chaque tronçon du fleuve, révisés tous les cinq ans au regard d’un suivi indépendant.
2. **Le consentement des communautés concernées.** Aucun nouveau barrage, aucune dérivation ni concession de dragage ne doit être accordé sans le consentement libre, préalable et éclairé des communautés situées en aval.
3. **Des données publiques.** Les données sur la qualité de l’eau et les prélèvements doivent être publiées chaque mois, dans des formats ouverts, afin que chacun puisse vérifier que l’accord est respecté.

Ces mesures sont abordables, elles sont déjà appliquées dans les bassins voisins, et c’est ce que la population du bassin a demandé à chaque consultation publique depuis 2019. Le [rapport de consultation du bassin](https://example.org/consultation-report) présente les éléments en détail.

Nous serions heureux de vous rencontrer avant la reprise des négociations, et nous sommes prêts à soutenir un accord qui protège le fleuve pour la prochaine génération.`,
  closing: 'Veuillez agréer, Madame la Ministre, l’expression de notre haute considération.',
  cc: 'Membres de la Commission du bassin ; Commission parlementaire de l’environnement',
  individualsFootnote: 'Les affiliations des personnes signataires ne sont indiquées qu’à titre d’identification.',
};

export const riverCommonsKorean = {
  title: '공개 서한: 2027년 유역 협정에 앞서 리버 커먼스를 지켜 주십시오',
  dateLine: '2026년 12월 1일',
  addressees: '알마 페르후번 장관님\n수자원환경부 장관\n수자원환경부\n포트 콜더 키 스트리트 12',
  body: `장관님께,

아래에 서명한 단체와 개인은 **2027년 리버 커먼스 유역 협정** 협상을 앞두고, 강의 건강과 강에 기대어 사는 지역 공동체의 삶을 최종 협정문의 중심에 놓아 주실 것을 요청드립니다.

10월에 회람된 초안에는 다음 세 가지 빈틈이 있으며, 이를 메워 주실 것을 요청합니다.

1. **구속력 있는 최소 유량.** 협정은 강의 모든 구간에 대해 강제력 있는 최소 유량을 정하고, 독립적인 모니터링 결과에 따라 5년마다 재검토해야 합니다.
2. **영향을 받는 공동체의 동의.** 하류 공동체의 자유롭고 사전적이며 충분한 정보에 근거한 동의 없이 새로운 댐, 물길 변경, 준설 허가를 내주어서는 안 됩니다.
3. **데이터 공개.** 수질과 취수 데이터를 매달 개방형 형식으로 공개하여 누구나 협정이 지켜지는지 확인할 수 있어야 합니다.

이러한 조치는 비용 부담이 크지 않고, 이웃 유역에서 이미 시행되고 있으며, 2019년 이후 모든 공청회에서 유역 주민들이 요구해 온 것입니다. 자세한 근거는 [유역 공청회 보고서](https://example.org/consultation-report)에 담겨 있습니다.

협상이 재개되기 전에 장관님을 뵙고 말씀드릴 기회를 주시기 바라며, 다음 세대를 위해 강을 지키는 협정을 지지할 준비가 되어 있습니다.`,
  closing: '삼가 드림',
  cc: '유역위원회 위원 여러분, 국회 환경위원회',
  individualsFootnote: '개인 서명자의 소속은 신원 확인을 위해서만 표기합니다.',
};

export const fairSeasArabic = {
  title: 'رسالة مشتركة: بحار منصفة لصيادي السواحل',
  dateLine: '2 تشرين الثاني/نوفمبر 2026',
  addressees: 'المفوضة ريناتا أودويا\nالهيئة الإقليمية لمصايد الأسماك\n4 طريق المرفأ، بورت سيلوين',
  body: `حضرة المفوضة،

نحن الموقّعين أدناه من منظمات الصيادين وتعاونياتهم والباحثين والمواطنين، نطلب من الهيئة أن تجعل **توزيع حصص الصيد الساحلي لعام 2027** منصفًا للصيادين الحرفيين الذين يُنزلون معظم صيد المنطقة ويحصلون على أصغر نصيب من حصصها.

نطلب ثلاثة أمور:

1. **منطقة ساحلية محجوزة** بعرض ستة أميال بحرية للسفن التي يقل طولها عن اثني عشر مترًا.
2. **نشر الحصص**: كل صاحب حصة وحمولتها وسفينتها، مع تحديثها في كل موسم.
3. **مقعد على الطاولة** لممثلين منتخبين عن الصيادين الحرفيين في لجنة التوزيع.

حافظت مجتمعات الصيد على خصوبة هذه المياه لأجيال، والتوزيع المنصف هو ما يمكّنها من مواصلة ذلك.`,
  closing: 'مع فائق الاحترام،',
  cc: 'أعضاء الهيئة الإقليمية لمصايد الأسماك',
  individualsFootnote: 'تُذكر انتماءات الموقّعين الأفراد لأغراض التعريف فقط.',
};
