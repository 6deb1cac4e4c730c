import os
import re
from dataclasses import replace

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from glossary.extract import extract_reports, first_pass, known_pattern
from glossary.extract.heads import head_noun
from glossary.extract.judge import is_term
from glossary.extract.known import find_known, spelled_fuller
from glossary.extract.numbered import code_terms, count_chains, count_phrases, issued_terms, numbered_terms
from glossary.extract.quotes import quoted_spans, quoted_terms
from glossary.language import word_bounds
from glossary.model import Occurrence
from glossary.read.sources import parse_report


def terms_in(sentence: str) -> list[str]:
    return [o.term for o in quoted_terms(sentence)]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("全面推行“放管服”改革。", ["放管服"]),
        ("构建「一主六双」格局，打造『两山四岸』景观。", ["一主六双", "两山四岸"]),
        ('推进"智改数转"项目。', ["智改数转"]),
        ("做到“河畅、水清、岸绿、景美”。", ["河畅、水清、岸绿、景美"]),
        ("力争“小事不出村，大事不出镇”。", ["小事不出村，大事不出镇"]),
        ("“扎实做好‘六稳’工作，全面落实‘六保’任务”的要求。", ["六稳", "六保"]),
        ("做好“亲”“清”文章，守住“绿”色。", []),
        ("从婚姻“前、中、后”三个阶段服务，推动“一、二、三产业”融合。", []),
        ("打造网络“网红”，实现“双百攻坚”。", ["双百攻坚"]),
        ("勇攀“新高地”，擦亮“新名片”，推进“新基建”。", ["新基建"]),
        ("实现“六连冠”，守住“底线、红线”。", []),
        # four or more everyday words quoted together are a motto or a formula's items
        ("让“忠诚、为民、务实、清廉”成为准则，践行“创新、协调、绿色、开放、共享”。", ["忠诚、为民、务实、清廉", "创新、协调、绿色、开放、共享"]),
        ("解决“接送愁”“管护难”问题，布局“小而美”设施。", []),
        ("牢记“加快推动新时代吉林全面振兴全方位振兴”嘱托。", []),
        ("开通“12345”热线，构建“6411”产业体系。", ["12345", "6411"]),
        ("这一句“没有闭合的引号会被忽略，不会吞掉后面的“五勤”。", ["五勤"]),
        # figures of speech, goals and manners are quoted for emphasis; counted figures are names
        ("擦亮“闪亮名片”，交出“硬核答卷”，下好“先手棋”，打通“最后一公里”，写好“五篇大文章”。", ["五篇大文章"]),
        ("建好“软平台”“硬设施”，实现“百姓富、环境美”与“社会文明程度高”。", ["百姓富、环境美"]),
        ("开展“一对一”帮扶，破解“不好办”“怎么办”，变“你过来”为“我过去”，实现“六连优”。", []),
        # questions asked as A不A, neither-nor states, faults of conduct; a count of refusals stays
        ("从“好不好”到“精不精”，多作“应不应该办”判断，实现“不黑不臭”，整治“不作为、慢作为”“乱作为”，落实“四不两直”。", ["四不两直"]),
        # a word quoted before a programme noun names the programme; everyday words stay emphasis
        ("开展“扫楼”行动，建设“飞地”园区，培育“龙头”企业，打造“网红”打卡地。", ["扫楼", "飞地"]),
        # two-character words the dictionary does not know, quoted together, are names coined
        # together; a known word stays emphasis even in a list
        ("深化以“扩中”、“提低”为重点的改革，推行“秒批”“秒付”，做好“龙头”“标杆”文章。", ["扩中", "提低", "秒批", "秒付"]),
        # awards, honours, rankings and contests won are no policies; those a government runs are
        # its programmes, and counted names stay names
        ("荣获“吴文俊人工智能科学技术奖”，获评“中国最受农民工欢迎的十大城市”，获“文华奖”、“金鸡奖”。", []),
        ("举办“创客大赛”，设立“福田杰出人才奖”。", ["创客大赛", "福田杰出人才奖"]),
        ("区残工委获评“全国残疾人工作先进单位”，泉州被评为“世界美食之都”，荣获“国家卫生城市”。", []),
        ("积极创建“双拥模范城”，争创“国家卫生城市”。", ["双拥模范城", "国家卫生城市"]),
        ("获评“2022地方政府创新”奖，获市“党建杯”一等奖，荣获“市优秀改革项目”，获评“广东省四星级宜居社区”。", []),
        ("举办“2023深圳龙岗半程马拉松”，实施“飓风2016行动”。", ["飓风2016行动"]),
        # a title that opens with its year is that year's edition of a list, a menu or an honour
        ("推出“2021福田文化菜单”，获“‘2022低碳榜样’政府案例”荣誉，启动“2025绿色行动”，锚定“2035远景目标”。",
         ["2025绿色行动", "2035远景目标"]),
        ("新增“中国驰名商标”4件，入选“数字政府业务场景先锋实践”典型案例。", []),
        ("荣获“全国文明校园”称号，获“五个一工程”奖、“2023冰雪旅游城市十二佳”称号。", ["五个一工程", "2023冰雪旅游城市十二佳"]),
        # sayings and sentences quoted whole: set phrases, classical particles, pronouns, long
        # parts, sentence punctuation; short coined parts with a comma are a slogan
        ("发扬“一万年太久，只争朝夕”“民之所望，施政所向”“功成不必在我，功成必定有我”的精神。", []),
        ("塑造“一河九水合两明，百里青山入繁城”风貌，喊出“你好！重庆”，落实“强化人才引领，推动教育科技人才一体赋能产业振兴”。", []),
        ("打造“生态宜居,健康养生”品牌。", ["生态宜居,健康养生"]),
        ("坚持“率先加大营商环境改革力度”，开展“激发创新活力、促进创新协同和维护公平竞争”，落实“在推进中国式现代化中走在前、做示范”。",
         ["在推进中国式现代化中走在前、做示范"]),
        # figures: a mine, a living room, a word of place, a feeling as an index, a complaint,
        # a place and a quality, and a mirrored pair; a pair that does not mirror is two names
        # manners (an everyday word and 式), predicates and modifiers, more figures, 新 before
        # a verb; titles of rankings selected into, dated by a year or not
        ("开展“拉网式”排查，提供“保姆式”服务，深化“枫桥式”治理，整治“内卷式”竞争。", ["枫桥式", "内卷式"]),
        # an X式 the dictionary lacks, quoted again, is the report's model; an everyday one is not
        ("接受“介入式”监督，完善“介入式”预算监督，推行“一站式”服务、“一站式”办理。", ["介入式", "介入式"]),
        ("让经营“活起来”，建设“不一样出彩的”科学城，打造“人才高地”，跑出“深圳速度”，绘就“光明画卷”，展现“新作为”。", []),
        ("入选“全国十大考古新发现”“2014年全球创新机构百强”，入选国家“双高计划”。", ["双高计划"]),
        # qualities joined by 和, phrases built with 的, cards to play, a dated range of an honour
        ("在“常和长”“严和实”上下功夫，培养“会创造的人”，打好“生态牌”，建造“郑和号”。", ["郑和号"]),
        ("坚持“群众的事优先办、紧急的事马上办”，区体育局获评“2017—2020年度全国群众体育先进单位”。", ["群众的事优先办、紧急的事马上办"]),
        # a number inside a phrase built with 的 is part of what it describes
        ("办好“退役军人最期盼的10件事”，这“只是一出长剧的一个短小的序幕”，取得“三个新的更大进展”。", ["三个新的更大进展"]),
        # designations won are titles; pursued, they are programmes
        ("获评“全国全民阅读示范基地”，荣获“全国五一劳动奖章”，创建“国家全域旅游示范区”。", ["国家全域旅游示范区"]),
        # a verb of conferring with the title ending its clause: a title won, whatever its words;
        # a noun after the quote is the title and the quote a programme, and 入选 also enters one
        ("街道获评深圳市“年度夜间经济活力区街”，光明区获评首批“全国县域足球典型”，被评为全省“教育强区”、“教育强镇”。", []),
        ("获评全省首批“三全育人”建设试验区，入选国家“双高计划”，荣获省级“绿色工厂”。", ["三全育人", "双高计划", "绿色工厂"]),
        # a ranking climbed into
        ("跻身“赛迪中国百强区”前三名，位居“中国创新百强区”前五。", []),
        # a date or a number before the noun of an incident names that incident, in the whole report
        ("汲取“12·20”特别重大滑坡事故教训，做好“12·20”善后处置，侦破“705”特大贩毒案，开通“12345”热线。", ["12345"]),
        # check-in spots, a country's precision, a bare place in a ranking
        ("成为网红“打卡地”，展现“中国精度”，跻身排行榜“十强”，实施“十大工程”。", ["十大工程"]),
        # zeros of a tally are results; zeros of a burden are reforms
        ("实现“零伤亡”“零扩散”“零新增”，推行“零跑腿”。", ["零跑腿"]),
        # a streak of one result is a record: titles, harvests, ratings, storms
        ("实现“十连冠”“二十二连丰”，绩效评价“九连A”，经受台风“三连击”，推进“五园连通”。", ["五园连通"]),
        # degrees of a quality, and 大 before a generic noun
        ("住得“更宜居”，执行“最严格”标准，寻求“最优解”，以小切口解决“大问题”，推行“最多跑一次”。", ["最多跑一次"]),
        # qualities and reaches, and round magnitudes, are no names; a count of parts is
        ("实现“全覆盖”，让城市“有温度”，提升“含绿量”，留住“烟火气”，打造“国际范”城区。", []),
        ("培育“千亿级”集群，迈上“千亿元”台阶，建设“平方公里级”片区，实施“十百千万”工程。", ["十百千万"]),
        # plans as drawings, solutions as examples, signboards, warmth, benefits felt, melting
        # pots, things famous online; counted plans and a plan's own title stay names
        ("形成“作战施工图”，拿出“智慧方案”，擦亮“国字招牌”，感受“福田温度”，增进“绿色福利”，"
         "发挥“大熔炉”作用，建成“网红公厕”，落实“1+6”方案，实施“深圳市文化体制改革总体方案”。",
         ["1+6", "深圳市文化体制改革总体方案"]),
        # what a policy should achieve, as verb, 得 and result; a part of another form is coined
        ("做到既“放得活”又“管得好”，确保“接得住、管得好”，实现“引得进、留得住、用得好”，做到“留得住、发展好”。",
         ["留得住、发展好"]),
        # the two states of a change, and mottos of conduct before a noun of spirit or resolve;
        # counted states stay formulas
        ("实现由“政府配菜”向“居民点菜做菜”转变，推动由“5+1”向“3+1”转变，以“勇当一流、必成一流”的决心，"
         "将“自由探索、开放包容”的科学精神融入城市血脉，彰显“坚韧、忠勇、开放、争先”的城市精神。",
         ["5+1", "3+1", "坚韧、忠勇、开放、争先"]),
        # a doubled word of manner makes a list a manner
        ("锤炼“扎扎实实、踏踏实实、求真务实”优良作风，做到“实实在在”，推行“1188”。", ["1188"]),
        ("抢占“滩头阵地”，挖掘“数据富矿”，打造“城市客厅”，在“家门口”就业，提升“幸福指数”，演出“一票难求”。", []),
        # a span of years is a time; a count of campaign years is a formula
        ("以奋进的“头年”推动稳中向好的“五年”，开展“三个年”活动。", ["三个年"]),
        # processes in 化 and pairs of everyday words describe; coinages in 化 name policies
        ("提供“定制化”服务，坚持“科技与法治”两手并用，防止耕地“非粮化”。", ["非粮化"]),
        # grades, places a thing reaches, growth in qualities, ladders of levels and targets
        # kept in a range; an abbreviation's rarer noun stays
        # an area in figures measures land; a distance or a time names a circle
        ("继续推进“1平方公里”用地清理，拓展“三公里”就业圈、“15分钟”生活圈。", ["三公里", "15分钟"]),
        ("打造“高品质”城区，守护“舌尖上”的安全，推动企业“做大做强”，实现“省级—国家级—世界级”跃升，"
         "确保“经济增长保持在合理区间”，办好“高交会”。", ["高交会"]),
        # effects, situations, exams, records and steps ahead are figures; counted ones stay
        ("发挥“虹吸效应”，“开创发展新局面”，经受“历史大考”，创下“历史新高”，做到“先人一步”，奔赴“诗和远方”，推行“一期一步”。",
         ["一期一步"]),
        # complaints and worries of everyday speech, and the short forms of faults of conduct
        ("解决“带娃难”“揪心事”，做到“不为、乱为”一起治，落实“两不愁”。", ["两不愁"]),
        ("严防“过度诊疗”、“过度检查”、“过度用药”，推行“先诊疗后付费”。", ["先诊疗后付费"]),
        ("坚持“项目大谋划、谋划大项目”，实现“蜀道畅”，吸引“头回客”和“回头客”，将“要我干”转化为“我要干”，推行“一网通办”“一网统管”。",
         ["一网通办", "一网统管"]),
    ],
)
def test_quoted_terms(sentence, expected):
    assert terms_in(sentence) == expected


def test_a_name_ending_in_a_kind_of_programme_takes_no_head_noun():
    assert [o.surface for o in quoted_terms("更新“农体工程”器材，推进“两通工程”项目。")] == ["“农体工程”", "“两通工程”"]


@pytest.mark.parametrize(
    "sentence, surfaces",
    [
        ("接续出台稳增长“18条”“16条”等政策。", ["稳增长“18条”", "稳增长“16条”"]),
        ("出台实施商贸“18条”、旅游住宿业“16条”，和促外贸“28条”。", ["商贸“18条”", "旅游住宿业“16条”", "促外贸“28条”"]),
        ("梳理惠企措施“100条”，落实市稳经济5个“30条”，制定出台“40条”。", ["惠企措施“100条”", "“30条”", "“40条”"]),
    ],
)
def test_a_count_of_articles_is_named_by_the_topic_before_it(sentence, surfaces):
    assert [o.surface for o in quoted_terms(sentence)] == surfaces


def test_a_quoted_count_is_spelled_with_the_collective_or_place_it_belongs_to():
    sentence = "优化社区“三资”监管服务系统，整治城市“六乱”，推动“两新”，深化社区“一网通办、一体运行”。"
    assert [o.surface for o in quoted_terms(sentence)] == ["社区“三资”监管服务系统", "城市“六乱”", "“两新”", "“一网通办、一体运行”"]


def test_an_escaped_quotation_mark_is_no_part_of_the_term():
    [occ] = quoted_terms('积极开展\\"绿色政府\\"创建活动。')
    assert (occ.term, occ.surface) == ("绿色政府", '"绿色政府"创建活动')


def test_unbalanced_quote_does_not_swallow_the_report():
    text = "开头“未闭合" + "很长的句子，" * 20 + "最后“五勤”。"
    assert [text[a + 1:b] for a, b, _ in quoted_spans(text)] == ["五勤"]


@pytest.mark.parametrize(
    "sentence, head",
    [
        ("推动“双停”企业盘活", "企业"),
        ("构建“6411”产业体系，", "产业体系"),
        ("健全“四横三纵”市政主干路网，", "市政主干路网"),
        ("扎实做好“六稳”工作，", ""),
        ("增强“四个意识”、坚定“四个自信”", ""),
        # words of scope, comparison and measure say something of the name, they are no head
        ("健全林长制“7+X”制度体系全面推行", "制度体系"),
        ("“双停”企业全部盘活", "企业"),
        ("“三公”经费支出同比下降", "经费支出"),
        ("“四上”企业数量增加", "企业"),
        ("“464”总体思路", "总体思路"),
        ("“1小时交通圈”基本形成，", ""),
        ("“口袋公园”保有量达到", ""),
        ("“十四五”时期发展成就", ""),
        ("推动“政策包”落地见效", ""),
        ("高分通过国家“义务教育发展基本均衡区”督导评估。", ""),
        ("丰富“效益深圳”内涵，", ""),
        ("打造“城市大脑”助力治理", ""),
        ("实施“滴灌式”精准供给", ""),
        ("巩固“三个意识”教育成果", ""),
        ("“打的难”问题有所缓解", ""),
        # a programme noun ends the name, jieba's verb tags notwithstanding
        ("开展“扫楼”行动，", "行动"),
        ("实施“护苗”行动计划。", "行动计划"),
        ("鼓励“房票”安置。", "安置"),
        ("推动“风光火储+氢氨醇”联动发展新格局", "联动"),
        ("建好“智改数转”项目库，", "项目库"),
        ("开展“谋治”系列专项行动，", "系列专项行动"),
        ("开展“法援惠民生”系列活动，", ""),
        # an idea is named as one, like a strategy (五大发展理念 counts ideas)
        ("坚持“四+”理念探索社区治理", "理念"),
        # a count of applications under the name measures it
        ("“PCT”国际专利申请量达到739件", "国际专利"),
        # a compound name is taken whole or not at all, never cut at the verb jieba sees in it
        ("打造“1+6+2”社会救助帮扶体系，更多地关心", "社会救助帮扶体系"),
        ("布局“1+11+N”基层就业服务网点。", "基层就业服务网点"),
        # an adjective or adverb of manner inside the compound (公开, 公共) is part of the name
        ("正式启用“12345”政府公开电话系统，服务范围", "政府公开电话系统"),
        # ... and is found before the generic noun that says what is done to it
        ("推动“四带六廊”生态安全网络体系建设。", "生态安全网络体系"),
        ("深入实施“315”科技创新体系建设、", "科技创新体系"),
        # a noun cut from the phrase before an adjective-noun is that phrase's modifier, no head
        ("筑牢“两屏一带六江两溪”生态安全屏障。", ""),
        # an open championship is a kind of event, as a contest or a league is
        ("办好“WTA”国际女子网球公开赛、中国杯帆船赛", "国际女子网球公开赛"),
        # a certification scheme is named by its acronym before 认证, a verb-noun jieba tags vn
        ("推动企业通过“AEO”认证，", "认证"),
        # a way of developing land is named by its acronym before 开发, a verb jieba tags v
        ("有序实施光明城站“TOD”开发，先行启动", "开发"),
        ("探索“TOD”开发模式，促进", "开发模式"),
        # a distinguishing adjective and the place an event is named after carry the head on to
        # a noun of its kind (公开赛, which jieba tags as a person's name)
        ("“AEO”高级认证企业由50家增至62家", "高级认证企业"),
        ("办好“ATP”深圳公开赛、沃尔沃高尔夫中国公开赛", "深圳公开赛"),
        # ... and are left off where no whole noun of a kind follows them
        ("构建“四清两亲”新型政商关系，", ""),
        ("完善“四位一体”新型企业服务体系，优化", ""),
        ("“十三五”规划主要指标完成", "规划"),
        ("确保“国考”深圳河河口断面水质达标", ""),
        # an application for phones is a kind of thing a name heads
        ("“智慧福田”APP正式上线", "APP"),
        ("“IT+BT+低碳”三大主导产业发展优势，", "三大主导产业"),
        ("“两不具备”村庄6万余户搬迁安置，", "村庄"),
        ("“四大产业集群”关键靠项目，", "关键"),
        ("“放管服”改革激发市场活力，", "改革"),
        # the next item of a list is no head noun
        ("将“凤凰城”和三大基地作为重点片区，", ""),
        ("推进“一网通办”与“一网统管”融合，", ""),
        # overall qualifies the noun after it; 不断 opens a predicate
        ("落实省委“132”总体工作部署，", ""),
        ("“福田杰出人才奖”影响不断扩大；", ""),
        # the area, scope or function of a name is said of it
        ("新增“多田套合”面积180万亩，", ""),
        ("扩大“农地入市”范围，", ""),
        ("强化“桥头堡”功能，", ""),
        # ... and so are its quality and efficiency and its site: the noun before them is the
        # object of the verb before the name, no head of it
        ("优化“渝快办”服务质效，增强", ""),
        ("加快推进“GMP”厂房选址和地块出让。", "厂房"),
        # the opening a period is to get is the predicate after it, though jieba holds it as a noun
        ("为“十五”开好局、起好步，", ""),
        # a part of what the name names is no head of it
        ("启动“智慧光明”子项目25个，搭建", ""),
        # a numeral alone opens the count that sums up the names before it
        ("推行“放心消费”、“线下无理由退货”双承诺，", ""),
    ],
)
def test_head_noun_belongs_to_the_name(sentence, head):
    close = sentence.index("”") + 1
    assert head_noun(sentence, close) == head


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("深入开展两学一做学习教育，落实一老一小服务。", ["两学一做", "一老一小"]),
        ("一村一品稳步推进，一户一策精准帮扶。", ["一村一品", "一户一策"]),
        ("党的二十大胜利召开，十届二中全会精神。", []),
        ("一心一意谋发展，一年来成绩显著，一年一度的盛会。", []),
        ("二甲双胍等药品集采，一二三产融合。", []),
        ("实现一千三百万元增长。", []),
        ("把任务一项一项落下去，一步一步推进。", []),
        ("在奥运会上为国家赢得一金一铜，夺得一金两铜。", []),  # a tally of medals
        ("让每个组团至少拥有一家三级医院，新建一所三级医院。", []),  # one hospital of grade three
    ],
)
def test_unquoted_numbered_formulas(sentence, expected):
    assert [o.term for o in numbered_terms(sentence)] == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("围绕区委的工作部署（一个目标、两大战略、三个转型、四条底线、五大体系、六区一城），注重改革。",
         ["一个目标、两大战略、三个转型、四条底线、五大体系、六区一城"]),
        ("构建一中心、五平台、百系统架构。", ["一中心、五平台、百系统"]),
        # the same thing counted again is a list of labels or periods; falling numerals no chain
        ("推动一产、二产、三产融合，用一年、两年、三年时间。", []),
        ("三个转型、两大战略、一个目标。", []),
    ],
)
def test_chains_of_rising_counts_are_one_formula(sentence, expected):
    assert [o.term for o in count_chains(sentence)] == expected


def test_the_levels_of_place_bracketed_after_a_formula_are_part_of_it():
    assert [o.surface for o in numbered_terms("推进四省八县（区）对口帮扶协作。")] == ["四省八县（区）"]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("出台优化营商环境20条。落实人才新政27条，出台行政应诉十二条，", ["优化营商环境20条", "人才新政27条", "行政应诉十二条"]),
        ("出台稳就业20条政策措施，推出政府投资项目代建制2.0版，", ["稳就业20条", "政府投资项目代建制2.0版"]),
        # quantities: no verb of issuing, a count of hundreds, 近 before it, roads and routes counted
        ("新建道路22条，制定防控措施1566条，出台稳增长措施近100条，推出国家级旅游精品路线3条。", []),
    ],
)
def test_policies_issued_as_a_count_of_articles_or_a_version_are_named_by_their_topic(sentence, expected):
    assert [o.term for o in issued_terms(sentence)] == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("聚焦四大先进制造业园区、三大总部经济集聚区，", ["四大先进制造业园区", "三大总部经济集聚区"]),
        ("实施五大发展举措，打好三大攻坚战，", ["五大发展举措", "三大攻坚战"]),
        ("实施优化营商环境改革十二项行动，建立三项新机制。", ["十二项行动", "三项新机制"]),
        ("先进装备等六大科技专项深入实施。", ["六大科技专项"]),
        ("强化特区建发、地铁和投控三大集团融资功能。", ["三大集团"]),  # the groups a city founds to invest
        # a programme held in one word with its building
        ("推进政府统计四大工程建设。", ["四大工程"]),
        # quantities, not programmes: counted things that name no kind of programme, sizes, congresses
        ("三大领域产品出口规模扩大，八类暴力警情下降，两大百亿级工程开工。", []),
        ("学习贯彻党的二十大精神和十九大精神，建设全国统一大市场。", []),
        # a count in figures names a set the report says again; said once it is a quantity
        ("统筹资金实施6个重大科技专项，新建3个产业园区。持续实施6个重大科技专项。", ["6个重大科技专项", "6个重大科技专项"]),
    ],
)
def test_unquoted_counts_of_programmes(sentence, expected):
    assert [o.term for o in count_phrases(sentence)] == expected


@pytest.mark.parametrize(
    "sentence, surfaces",
    [
        ("实施优化营商环境改革十二项行动，开展就业服务六大行动，加快构建现代农业三大体系。",
         ["优化营商环境改革十二项行动", "就业服务六大行动", "现代农业三大体系"]),
        # a list before the count gives its items; a count right after the verb has no topic
        ("加快文化、旅游两大产业发展，打好三大攻坚战，推进建设四大教育示范区。", ["两大产业", "三大攻坚战", "四大教育示范区"]),
        ("加快完成三大产业基地，打造成为深圳十大制造业创新中心。", ["三大产业基地", "十大制造业创新中心"]),  # outcomes
    ],
)
def test_a_verb_of_launching_puts_the_topic_of_a_count_before_it(sentence, surfaces):
    assert [o.surface for o in count_phrases(sentence)] == surfaces


def test_latin_codes_with_a_number_are_terms_with_their_head_noun():
    text = "PM2.5年平均浓度下降，建成车网互动（V2G）示范站，支持O2O体验店，工改M0；引进T800、T1000，220kV线路，5G基站，A级景区。"
    assert [(o.term, o.surface) for o in code_terms(text)] == [
        ("PM2.5", "PM2.5"), ("O2O", "O2O体验店"), ("M0", "M0"), ("V2G", "车网互动（V2G）")]


def test_a_letter_and_a_number_after_a_name_is_a_serial_label_not_a_term():
    text = "推进华星光电T6项目，启用深圳机场T3航站楼，引进三星V8闪存芯片；工改M0，实施G60科创走廊。"
    assert [o.term for o in code_terms(text)] == ["M0", "G60"]
    # the thing numbered after it, or a serial label before it in a list, says the same
    text = "Z4线一期北段建成，F6汽车正式下线，华星光电T6、T7项目投产，建成车网互动（V2G）示范站。"
    assert [o.term for o in code_terms(text)] == ["V2G"]


@pytest.mark.parametrize(
    "sentence, found",
    [
        ("探索生态环境导向发展（EOD）模式，推出不动产投资信托基金（REITs）项目。",
         [("EOD", "生态环境导向发展（EOD）"), ("REITs", "不动产投资信托基金（REITs）")]),
        ("推动全国首个智能融合低空系统（SILAS）建设。", [("SILAS", "智能融合低空系统（SILAS）")]),
        # bodies are named, not coined; a word spelled out is no acronym; a verb is no name
        ("与挪威船级社(DNV)合作，承办中国篮球职业联赛（CBA），以科学（SCIENCE）为基础，安商（SQ）。", []),
    ],
)
def test_an_acronym_introduced_after_its_chinese_name_is_a_term_with_it(sentence, found):
    assert [(o.term, o.surface) for o in code_terms(sentence)] == found


@pytest.mark.parametrize(
    "sentence, found",
    [
        ("推动F5G+5G+X全光科研专网建设。", [("F5G+5G+X", "F5G+5G+X全光科研专网")]),
        ("推行EPC+O等模式，5G+MEC项目获批。", [("EPC+O", "EPC+O"), ("5G+MEC", "5G+MEC项目")]),
        ("增长3+2个百分点，发展AI+产业。", []),  # a sum; a plus sign with nothing after it
    ],
)
def test_codes_joined_by_plus_signs_are_a_formula(sentence, found):
    assert [(o.term, o.surface) for o in code_terms(sentence)] == found


def test_national_shorthand_is_found_unquoted_by_longest_match():
    report = parse_report("r", "落实中央八项规定精神，坚持新发展理念，统筹山水林田湖草沙系统治理。\n")
    assert sorted(o.term for o in first_pass(report)[0]) == ["八项规定", "山水林田湖草沙", "新发展理念"]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("坚持总体国家安全观，落实立德树人根本任务，健全德智体美劳全面培育体系。", ["总体国家安全观", "立德树人", "德智体美劳"]),
        ("一体推进不敢腐、不能腐、不想腐，解决群众急难愁盼。", ["不敢腐、不能腐、不想腐", "急难愁盼"]),
        ("协同推进降碳、减污、扩绿、增长，推动能耗双控转向碳排放双控。", ["降碳、减污、扩绿、增长", "能耗双控", "碳排放双控"]),
        ("实行管办分开，探索医药分开，坚持以文塑旅、以旅彰文。", ["管办分开", "医药分开", "以文塑旅、以旅彰文"]),
        ("推进雪亮工程，培育灯塔工厂和众创空间，推行国际贸易单一窗口，发展夜间经济。",
         ["雪亮工程", "灯塔工厂", "众创空间", "国际贸易单一窗口", "夜间经济"]),
        ("新增绿色建筑313万平方米、装配式建筑193万平方米，引育技术经纪人123人，培养技术经理人。",
         ["绿色建筑", "装配式建筑", "技术经纪人", "技术经理人"]),
        # the subject of a proportion the report measures is a figure there, not a name
        ("新增普惠性幼儿园10所、普惠制幼儿园5所，普惠性幼儿园覆盖率达到83%，绿色建筑比例达到60%。",
         ["普惠性幼儿园", "普惠制幼儿园"]),
    ],
)
def test_national_formulas_and_programmes_are_found_unquoted(sentence, expected):
    assert [o.term for o in first_pass(parse_report("r", sentence + "\n"))[0]] == expected


def test_terms_inside_a_quoted_term_are_not_counted_twice():
    report = parse_report("r", "坚持“接诉即办、一抓到底”，提升服务。\n")
    assert [o.term for o in first_pass(report)[0]] == ["接诉即办、一抓到底"]


@pytest.mark.parametrize("term", ["放管服", "四横三纵", "1+16", "最多跑一次", "美丽庭院、干净人家",
                                  # counted parts, 新 before an abbreviation, a noun before 难
                                  "一村、两片、三路", "新城建", "老大难", "相对集中行政许可权试点"])
def test_is_term(term):
    assert is_term(term)


@pytest.mark.parametrize("term", ["黄金期", "信心增强期", "窗口机遇期",  # what kind of time it is
                                  "生活安居力", "梦想吸引力", "制度保证执行力",  # how strongly a place draws
                                  "时代之问", "蓝色动能",  # a question to answer, an energy injected
                                  "福田贡献", "光明担当", "硬核力量",  # what a place shows
                                  "强对流天气", "雨带北抬"])  # the weather
def test_periods_powers_and_figures_are_not_terms(term):
    assert not is_term(term)


@pytest.mark.parametrize("term", ["功成不必在我任期", "三年攻坚期", "青蓝接力", "两大动力", "新质生产力", "软实力",
                                  "民生幸福标杆", "枫桥经验", "雪亮工程"])
def test_a_slogan_a_counted_period_a_relay_and_national_forces_stay_terms(term):
    assert is_term(term)


def by_term(found):
    return {f.term: f for f in found}


def test_a_count_is_found_again_only_in_quotation_marks():
    text = "完成道路22条，落实十九条，建设四横三纵。"
    assert [m.group() for m in known_pattern(["22条", "十九条", "四横三纵"]).finditer(text)] == ["四横三纵"]


@pytest.mark.parametrize("text, expected", [
    ("经济平稳增长，推进稳增长。", ["稳增长"]),  # 稳增长 inside 平稳增长 is another word
    ("把自主创新作为主导战略，展现新作为。", ["新作为"]),
    ("贯彻1号文件精神，落实1号文。", ["1号文"]),
    ("推进稳增长，保持河长制度。", ["稳增长", "河长"]),  # 河长制 ends inside 制度: the shorter term stands
    ("新增绿色建筑面积，建设大数据中心。", ["绿色建筑", "大数据"]),  # compounds of two words: 建筑面积, 数据中心
])
def test_known_terms_are_found_on_word_bounds_at_every_length(text, expected):
    bounds = word_bounds(text)
    pattern = known_pattern(["稳增长", "新作为", "1号文", "河长制", "河长", "绿色建筑", "大数据"])
    assert [o.term for o in find_known(text, pattern, bounds)] == expected


@pytest.mark.parametrize("text, expected", [
    ("今年办好15件实事。一是开展产前筛查。十四是送戏下乡。十五是打造文化空间。", []),
    ("一是稳定就业，十一是推进十五计划收官，十二是完善医保。", ["十五"]),  # the period, not a point
    ("完成十五计划。十五期间经济增长。", ["十五", "十五"]),
])
def test_the_number_of_a_point_is_never_a_term_spelled_in_numerals(text, expected):
    """一是…十五是…: 十五 opening the fifteenth point numbers it; it is not the period 十五."""
    pattern = known_pattern(["十五", "十一", "十二"])
    assert [o.term for o in find_known(text, pattern, word_bounds(text))] == expected


def test_a_report_listing_fifteen_points_does_not_use_the_period_another_report_quotes():
    texts = {"a": "“十五”计划顺利完成，“十五”期间经济增长。\n",
             "b": "办好15件实事。一是开展产前筛查。十四是送戏下乡。十五是打造公共文化空间。\n"}
    found = extract_reports([parse_report(i, t) for i, t in texts.items()])
    assert "十五" in {f.term for f in found["a"]}
    assert "十五" not in {f.term for f in found["b"]}


def test_variants_become_one_term_with_counts():
    text = "打造“千村美丽村”11个，“千村美丽”村建设，“千村美丽村”评选。\n"
    (found,) = extract_reports([parse_report("r", text)])["r"]
    assert (found.term, found.count) == ("千村美丽", 3)
    assert set(found.surfaces) == {"“千村美丽村”", "“千村美丽”村"}


def test_national_shorthand_written_in_its_fuller_lexicon_name_keeps_that_form():
    text = "落实中央八项规定，压减“三公”经费5%。\n"
    found = by_term(extract_reports([parse_report("r", text)])["r"])
    assert found["八项规定"].surfaces == ["中央八项规定"]
    assert found["三公"].surfaces == ["“三公”经费"]


def test_an_acronym_two_reports_use_is_a_term_with_its_head_noun():
    a = parse_report("a", "建设CIM平台，推广TOD模式，引进TBM刀具生产线，GDP增长5%。\n")
    b = parse_report("b", "完善CIM基础平台，深化TOD综合开发，占GDP比重提高，推行绿色GDP。\n")
    found = extract_reports([a, b])
    assert {f.term: f.surfaces for f in found["a"]} == {"CIM": ["CIM平台"], "TOD": ["TOD模式"]}
    assert [f.found_by for f in found["a"]] == [("acronym",), ("acronym",)]


def test_an_acronym_of_the_batch_that_heads_a_quoted_name_is_found_there_too():
    a = parse_report("a", "开发“智慧大鹏”APP，方便群众办事。\n")
    b = parse_report("b", "产业空间服务平台APP上线运行。\n")
    found = by_term(extract_reports([a, b])["a"])
    assert found["智慧大鹏"].surfaces == ["“智慧大鹏”APP"]
    assert found["APP"].count == 1


def test_a_name_of_dictionary_words_two_reports_quote_is_found_unquoted_in_another():
    a = parse_report("a", "实现“区域环评”全覆盖，培育“独角兽”企业。\n")
    b = parse_report("b", "深化“区域环评”等服务模式，打造“独角兽”后备队。\n")
    c = parse_report("c", "区域环评覆盖科学城全域，新增独角兽企业1家。\n")
    found = by_term(extract_reports([a, b, c])["c"])
    assert {t: f.surfaces for t, f in found.items()} == {"区域环评": ["区域环评"], "独角兽": ["独角兽企业"]}
    # one report's quotation vouches for no name elsewhere
    assert extract_reports([a, c])["c"] == []


def test_a_name_of_the_batch_quoted_with_its_head_noun_inside_the_quotes_is_that_name():
    a = parse_report("a", "加快推进“城市管家”试点，整治“三小”问题。\n")
    b = parse_report("b", "实现“城市管家”全覆盖，清查“三小”隐患。\n")
    c = parse_report("c", "试点开展“城市管家服务”，严查“三小场所”，推广“互联网+护理”。\n")
    d = parse_report("d", "发展“互联网+”，推动“互联网+”医疗。\n")
    found = by_term(extract_reports([a, b, c, d])["c"])
    assert found["城市管家"].surfaces == ["“城市管家服务”"]
    # what follows a count is what it counts; a word that is no head is the name's own
    assert {"三小场所", "互联网+护理"} <= set(found)


def test_an_acronym_the_glossary_knows_is_a_term_in_a_report_alone():
    report = parse_report("r", "推进PPP项目落地。\n")
    assert extract_reports([report]) == {"r": []}
    assert [f.term for f in extract_reports([report], known=["PPP"])["r"]] == ["PPP"]


def test_the_next_quotation_mark_is_no_head_of_the_term_before_it():
    text = "打造“千村美丽”“千村美丽村”，解决身边“烦心事”“揪心事”。\n"
    found = by_term(extract_reports([parse_report("r", text)])["r"])
    assert all("“" not in s[1:] for f in found.values() for s in f.surfaces)
    assert "烦心事" not in found  # an everyday word quoted once, no noun after it


def test_a_term_quoted_once_is_counted_unquoted_too():
    text = "健全“四横三纵”路网。四横三纵路网基本成形。\n"
    found = by_term(extract_reports([parse_report("r", text)])["r"])
    assert found["四横三纵"].count == 2


def test_a_term_quoted_in_one_report_is_found_in_another():
    a = parse_report("a", "推进“警地融合”。\n")
    b = parse_report("b", "深化警地融合机制。\n")
    assert "警地融合" in by_term(extract_reports([a, b])["b"])


def in_place(report_id, text, place):
    return replace(parse_report(report_id, text + "\n"), place=place)


ELSEWHERE = ["实施服务业扩能提质行动，抢占新赛道。", "布局一批新赛道，开展整体提质行动。",
             "开辟产业新赛道，实施稳岗扩容提质行动。"]


def elsewhere(places):
    """Reports of the given places that write 新赛道 and …提质行动 unquoted."""
    return [in_place(f"r{i}", text, place) for i, (text, place) in enumerate(zip(ELSEWHERE, places, strict=True))]


def test_what_one_report_quotes_once_and_many_places_write_unquoted_is_no_term_there():
    """新赛道 is everyday language, 扩能提质行动 another programme than the quoted 提质行动."""
    quoting = in_place("q", "实施营养改善计划“提质行动”，开辟产业“新赛道”。", "甲省")
    found = extract_reports([quoting, *elsewhere("乙丙丁")])
    assert {f.term for f in found["q"]} == {"提质行动", "新赛道"}  # coinages: the report's own names
    assert not any(found[f"r{i}"] for i in range(3))


def test_the_reports_of_one_place_that_quote_a_word_once_each_are_one_voice():
    """A district that quotes 应用场景 once a year for emphasis makes no term of it where three
    other places write it plainly; quoted before a noun it still names its own thing."""
    quoting = [in_place("q1", "推动改革政策在新区有“应用场景”，实施“关口前移”战法。", "甲区"),
               in_place("q2", "推动试点政策“应用场景”在新区落地，“关口前移”战法成效明显。", "甲区")]
    plain = [in_place(f"r{i}", "打造一批应用场景，推动风险关口前移。", place) for i, place in enumerate("乙丙丁")]
    found = extract_reports([*quoting, *plain])
    assert not any(found[f"r{i}"] for i in range(3))
    assert [f.term for f in found["q1"]] == [f.term for f in found["q2"]] == ["关口前移"]


@pytest.mark.parametrize("quoting, places", [
    (["实施营养改善计划“提质行动”，开辟产业“新赛道”。"], "乙丙乙"),  # two other places only
    (["实施“提质行动”。“提质行动”成效明显，开辟产业“新赛道”。“新赛道”成效明显。"], "乙丙丁"),  # quoted twice
    (["实施“提质行动”，开辟产业“新赛道”。", "开展“提质行动”，布局“新赛道”。"], "乙丙丁"),  # two reports find them
])
def test_a_term_quoted_in_one_report_reaches_the_reports_of_its_region(quoting, places):
    reports = [in_place(f"q{i}", text, "甲省") for i, text in enumerate(quoting)]
    found = extract_reports([*reports, *elsewhere(places)])
    assert all({"提质行动", "新赛道"} <= {f.term for f in found[f"r{i}"]} for i in range(3))


def test_a_word_its_only_quoting_report_stressed_does_not_spread():
    """进入“第一方阵” is a figure of order where it is quoted; others writing it plainly name nothing."""
    a = parse_report("a", "力争进入全省“第一方阵”。\n")
    b = parse_report("b", "稳居全国第一方阵。\n")
    c = parse_report("c", "建设“第一方阵”示范区。\n")
    assert extract_reports([a, b]) == {"a": [], "b": []}
    assert [f.term for f in extract_reports([a, b, c])["b"]] == ["第一方阵"]  # named before a noun in c


def test_everyday_phrases_do_not_spread_to_other_reports():
    a = parse_report("a", "做深“钢铁冶炼”。\n")
    b = parse_report("b", "钢铁冶炼企业转型。\n")
    assert extract_reports([a, b])["b"] == []


def test_a_dictionary_word_does_not_spread_even_with_a_numeral_in_it():
    a = parse_report("a", "保持零就业家庭动态“清零”。债务清零。\n")
    b = parse_report("b", "隐性债务全部清零。\n")
    found = extract_reports([a, b])
    assert by_term(found["a"])["清零"].count == 2  # its own report's counts stay whole
    assert found["b"] == []


def test_a_word_whose_numeral_counts_nothing_does_not_spread():
    a = parse_report("a", "深化“产销一体化”。\n")
    b = parse_report("b", "推进产销一体化发展。\n")
    assert extract_reports([a, b])["b"] == []


@pytest.mark.parametrize("text, expected", [
    ("打造新时代“鱼米之乡”，严打“黑恶势力”、暴力犯罪。", []),  # everyday words quoted once
    ("打造“鱼米之乡”。“鱼米之乡”名副其实。", ["鱼米之乡"]),  # repeated: the report's topic
    ("建立“白名单”机制，纳入“无差别”综合窗口。", ["无差别", "白名单"]),  # set before a noun
    ("实施“以旧换新”，培育“一站式”服务。", ["以旧换新"]),  # national shorthand
    # the 一 of an everyday word, an idiom's numerals count nothing; a formula's do
    ("提供“一站式”，推进“一体化”，做到“万众一心”，落实“一岗双责”。", ["一岗双责"]),
    # the first or second of an everyday thing is a figure of order, unless a noun follows
    ("打响“第一枪”，成为“第二故乡”，建立“第一站”服务机制，推进“第六立面”改造。", ["第一站", "第六立面"]),
    # a verb of improvement and an everyday word sets a task; before a noun it names a programme
    ("狠抓改革“谋创新”，在“出精品”上下功夫，实施“增学位”工程。", ["增学位"]),
])
def test_everyday_words_quoted_once_are_emphasis(text, expected):
    assert sorted(f.term for f in extract_reports([parse_report("r", text + "\n")])["r"]) == expected


@pytest.mark.parametrize("text, expected", [
    ("以“小切口”推动“大变化”，把“大图景”与群众生活“小确幸”紧紧相连。", []),  # small against big
    ("开展“小快灵”“小切口”立法，建设“大数据”中心。", ["大数据", "小切口", "小快灵"]),  # no contrast
])
def test_a_small_thing_set_against_a_big_one_is_a_figure(text, expected):
    assert sorted(f.term for f in extract_reports([parse_report("r", text + "\n")])["r"]) == expected


@pytest.mark.parametrize("text, expected", [
    ("新区武装部获全省民兵比武“警戒巡逻行动”第一名，荣获全国首届“县BA”冠军。", []),  # contests won
    ("深化“警戒巡逻行动”，举办“县BA”联赛。", ["县BA", "警戒巡逻行动"]),  # the same names as programmes
])
def test_a_place_or_a_medal_won_makes_the_quotation_a_contest(text, expected):
    assert sorted(f.term for f in extract_reports([parse_report("r", text + "\n")])["r"]) == expected


def test_glossary_items_carry_verbatim_definitions(report_file):
    from glossary.read.sources import read_report

    found = by_term(extract_reports([read_report(report_file)])["2024-sample-county"])
    assert found["四横三纵"].definition == "吉桦路、建设路、连山路。"
    assert found["四横三纵"].how == "glossary"
    assert found["双停"].count == 2 and "“双停”企业" in found["双停"].surfaces
    assert "绿" not in found and "二十大" not in found and "一心一意" not in found


HEADS = "一二三四五六七八九十两双百千万甲乙丙丁"


@st.composite
def terms_and_text(draw):
    """More first characters than are tried in turn, terms that begin other terms, and a text
    made of pieces of them."""
    tails = st.lists(st.text("横纵停", min_size=1, max_size=3), min_size=1, max_size=3)
    terms = {head + tail for head in HEADS for tail in draw(tails)}
    pieces = sorted(terms) + [t[:-1] for t in sorted(terms)] + ["，", "横"]
    return terms, "".join(draw(st.lists(st.sampled_from(pieces), max_size=30)))


@settings(max_examples=200, deadline=None, derandomize=bool(os.environ.get("CI")))
@given(terms_and_text())
def test_known_terms_match_as_a_longest_first_alternation_would(case):
    terms, text = case
    alternation = "|".join(sorted(terms, key=len, reverse=True))
    assert [m.span() for m in known_pattern(terms).finditer(text)] == [m.span() for m in re.finditer(alternation, text)]


def spans_char_by_char(text):
    """quoted_spans as first written: every character visited (the reference for the fast one)."""
    pairs, stack, found = {"“": "”", "「": "」", "『": "』", "‘": "’", "＂": "＂", '"': '"'}, [], []
    for i, ch in enumerate(text):
        if stack and ch == pairs[stack[-1][0]]:
            _mark, start = stack.pop()
            found.append((start, i, len(stack)))
        elif ch in pairs:
            stack.append((ch, i))
        elif ch == "\n" or (stack and i - stack[0][1] > 40):
            stack.clear()
    return sorted(found)


@settings(max_examples=300, deadline=None, derandomize=bool(os.environ.get("CI")))
@given(st.lists(st.sampled_from(["“", "”", "‘", "’", "「", "」", "『", "』", "＂", '"', "\n", "四横三纵", "字", "x" * 20]),
                max_size=40).map("".join))
@example("“" + "x" * 60 + "”")  # an unclosed quote is dropped 40 characters on, before its late closing mark
@example("“‘" + "x" * 39 + "’”")
def test_quoted_spans_visit_only_the_marks_and_find_what_a_visit_of_every_character_finds(text):
    assert list(quoted_spans(text)) == spans_char_by_char(text)


def test_a_known_acronym_is_no_term_where_the_report_measures_it():
    """GDP, which a glossary holds from a 名词解释 item and one report writes as a name, stays a
    figure in the reports that measure it (万元GDP能耗, 占GDP比重), as a new acronym would."""
    named = parse_report("named", "GDP成功转正，推广TOD模式。\n")
    measured = parse_report("measured", "万元GDP能耗下降3%，研发投入占GDP比重提高，深化TOD综合开发。\n")
    found = extract_reports([named, measured], known=["GDP"])
    assert [f.term for f in found["measured"]] == ["TOD"]
    assert [f.term for f in found["named"]] == ["GDP", "TOD"]


def test_an_acronym_the_reports_own_glossary_explains_is_found_in_its_body_on_the_first_run():
    """What the first run merges the second run knows: the acronym a 名词解释 item explains is
    known to the batch already, so a second run over the same reports finds nothing new."""
    report = parse_report("r", "医院通过JCI国际认证。\n名词解释\n1.JCI：国际医疗卫生机构认证联合委员会。\n")
    first = extract_reports([report])["r"]
    assert [(f.term, f.surfaces) for f in first] == [("JCI", ["JCI国际认证"])]
    assert first == extract_reports([report], known=["JCI"])["r"]


def test_a_name_followed_by_the_next_item_of_a_list_takes_no_head():
    sentence = "狠抓园区建设，将“凤凰城”和三大基地作为重点片区，重点发展新一代电子信息。"
    assert [o.surface for o in quoted_terms(sentence)] == ["“凤凰城”"]


class _TextThatRefusesLongCopies(str):
    """A report's text that fails when a long stretch of it is copied: looking at the words
    around one occurrence must cost the same wherever it stands, or a 100 MB report (hundreds
    of thousands of occurrences) takes quadratic time."""

    def __getitem__(self, index):
        if isinstance(index, slice) and len(range(*index.indices(len(self)))) > 64:
            raise AssertionError(f"copied {index}")
        return str.__getitem__(self, index)


def test_a_fuller_national_name_is_read_in_place_not_by_copying_the_text_before_it():
    text = "，".join(["推进经济社会发展"] * 200) + "，落实中央八项规定，压减“三公”经费。"
    body = _TextThatRefusesLongCopies(text)
    start = text.index("八项规定")
    occ = Occurrence("八项规定", start, start + 4, "八项规定", quoted=False)
    assert spelled_fuller(occ, body).surface == "中央八项规定"


def test_financial_products_listed_after_their_launch_are_terms():
    from glossary.extract.products import product_terms

    text = "开发知识产权质押贷、科技孵化贷、研发费用损失险等科技金融产品，推出并购贷、研发贷，防范金融风险，完善养老保险。"
    assert [o.term for o in product_terms(text)] == ["知识产权质押贷", "科技孵化贷", "研发费用损失险", "并购贷", "研发贷"]


def test_systems_named_by_zhi_after_the_verb_that_introduces_them_are_terms():
    from glossary.extract.systems import system_terms

    text = ("推行校长职级制和首席教师制度；推广横岗街道信访调解司法确认制；深化政府投资项目代建制改革；"
            "实施片区总师制；完善工作机制，健全扫黑除恶常态化机制，深化行政体制改革，落实粮食安全责任制，推动风光制绿氢，"
            "建立双轨制考核，义务教育大学区制全面推行。")
    assert [o.term for o in system_terms(text)] == ["校长职级制", "信访调解司法确认制", "政府投资项目代建制", "总师制"]


def test_a_system_the_dictionary_holds_as_a_rare_word_is_kept_where_it_is_written_once():
    """代建制 is a word of jieba's dictionary (frequency 3); written once without quotes it was
    dropped as if quoted for emphasis, which only a quotation can be."""
    (found,) = extract_reports([parse_report("r", "不断健全完善代建制，建立代建评价监督机制。\n")], workers=1)["r"]
    assert (found.term, found.quoted, found.found_by) == ("代建制", False, ("system",))
