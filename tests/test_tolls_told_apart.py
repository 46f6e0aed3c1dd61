"""Deaths told apart from the event's own count (geomap.reading.adjacent_tolls,
geomap.reading.headline_toll, geomap.text.toll_forms): the wounded who died later and the other
side's dead add to the event's toll, a risen toll replaces the first count, a toll told only in
the headline is the body's one event's, and a relative clause ("X, where four were killed") says
where the deaths were.

The passages are invented for these tests (on frontiers no fixture is about); each test fails
when its rule is taken out, except the guards, which say what the rules must not do.
"""

from geomap.reading.pipeline import extract_text
from geomap.text.quantities import fatalities_from_text
from geomap.text.toll_forms import adds_to_told


def tolls(text, published="2026-06-10"):
    return [(f["properties"]["location"], f["properties"]["fatalities"]) for f in
            extract_text(text, published=published)["features"] if f["properties"]["layer"] == "incident"]


_PATROL = ("Smugglers opened fire on a Zambian patrol near Nakonde, on the border with Tanzania, on Monday, "
           "killing two soldiers")


def test_the_wounded_who_died_are_counted():
    assert fatalities_from_text("One of the wounded, a 40-year-old trader, later died of her injuries.").value == 1
    assert fatalities_from_text("Two of the injured died in hospital.").value == 2
    assert fatalities_from_text("Two of the injured were flown to the capital.") is None


def test_the_wounded_who_died_days_later_join_the_attack_told_before():
    text = ("Gunmen attacked a police checkpoint in Plumtree, near the border with Botswana, on Monday, killing one "
            "officer and wounding six. Two of the wounded died in hospital on Tuesday.")
    assert tolls(text) == [("Plumtree", 3)]


def test_the_other_sides_dead_told_next_add_to_the_fights_toll():
    assert tolls(_PATROL + ". The army said troops killed three of the attackers as they fled.") == [("Nakonde", 5)]
    assert tolls(_PATROL + ". The smugglers lost four men in the exchange, the army said.") == [("Nakonde", 6)]


def test_the_other_sides_dead_already_counted_are_not_added_again():
    text = _PATROL + " and three attackers. The army said the three attackers were killed."
    assert tolls(text) == [("Nakonde", 5)]
    assert adds_to_told("Troops killed two soldiers as the attackers fled.", 6, 17) is None


def test_a_rival_sources_count_of_the_other_side_is_not_added():
    text = _PATROL + ". Residents said five of the attackers were killed, but the army said none."
    assert tolls(text) == [("Nakonde", 2)]


def test_a_risen_toll_told_just_after_replaces_the_first_count():
    text = ("Bandits raided a market in Chipata, near the border with Malawi, on Monday, killing three traders. "
            "The death toll from the raid has risen to seven, police said on Wednesday.")
    assert tolls(text) == [("Chipata", 7)]


def test_a_toll_that_now_stands_higher_replaces_the_first_count():
    text = ("Bandits raided a market in Chipata, near the border with Malawi, on Monday, killing three traders. "
            "The toll from the raid now stands at seven, police said.")
    assert sorted(n for _, n in tolls(text) if n) == [7]


def test_a_toll_told_only_in_the_headline_is_the_bodys_event():
    text = ("Four killed as bandits raid market near Zambia-Malawi border\n\n"
            "LUSAKA - Bandits raided a market in Chipata on Monday and looted shops, police said.")
    assert sorted(n for _, n in tolls(text) if n) == [4]


def test_a_headline_toll_goes_nowhere_when_the_body_tells_two_places():
    text = ("Four killed as bandits raid market near Zambia-Malawi border\n\n"
            "LUSAKA - Bandits raided a market in Chipata on Monday, police said. Another gang attacked a bus in "
            "Lundazi the same night.")
    assert all(n is None for _, n in tolls(text))


def test_a_headline_toll_on_a_lake_is_the_event_by_its_shore():
    # the lake's point is its middle (landmarks.csv), 100 km and more from the village on the shore
    text = ("Four fishermen shot dead on Lake Turkana\n\nEthiopian militiamen opened fire on a fishing boat near "
            "Lowarengak on Sunday, Kenyan police said. Kenya's foreign ministry summoned Ethiopia's envoy.")
    assert [n for _, n in tolls(text) if n] == [4]


def test_a_headline_toll_on_a_far_lake_stays_off_the_body_s_event():
    text = ("Four fishermen shot dead on Lake Victoria\n\nEthiopian militiamen opened fire on a fishing boat near "
            "Lowarengak on Sunday, Kenyan police said.")
    assert all(n is None for _, n in tolls(text))


def test_a_headline_telling_a_running_count_gives_no_toll():
    text = ("Border clashes have killed 40 people this year\n\n"
            "LUSAKA - Bandits raided a market in Chipata on Monday and looted shops, police said.")
    assert all(n is None for _, n in tolls(text))


def test_a_headline_toll_gives_way_to_the_bodys_own_count():
    text = ("Four killed as bandits raid market near Zambia-Malawi border\n\n"
            "LUSAKA - Bandits raided a market in Chipata on Monday, killing two traders, police said.")
    assert tolls(text) == [("Chipata", 2)]


def test_deaths_told_in_a_where_clause_are_at_the_place_before_it():
    text = ("Fighting erupted near Chipata on Monday and spread to Lundazi on Tuesday, where four soldiers were "
            "killed, officials said.")
    assert ("Lundazi", 4) in tolls(text) and ("Chipata", 4) not in tolls(text)


def test_a_count_before_a_word_starting_with_of_is_no_count_of():
    assert fatalities_from_text("Gunmen stormed the post, killing five officers.").text == "killing five"


def test_a_sources_lower_count_told_next_replaces_the_higher_one():
    text = ("Residents said seven people were killed in a clash between herders near Chipata, close to the border "
            "with Malawi, on Monday. Police put the toll at three.")
    assert tolls(text) == [("Chipata", 3)]


def test_a_narrower_groups_count_told_next_is_no_rival_count():
    text = ("Gunmen attacked Chipata, close to the border with Malawi, on Monday, killing seven people. Police said "
            "three soldiers were killed.")
    assert tolls(text) == [("Chipata", 7)]


def test_two_events_of_one_sentence_each_keep_their_own_count():
    text = ("Troops clashed with smugglers near Chipata, close to the Malawi border, on Monday, killing two, and a "
            "landmine exploded near Lundazi, killing a farmer.")
    assert tolls(text) == [("Chipata", 2), ("Lundazi", 1)]


def test_a_toll_risen_since_the_sentence_before_replaces_its_count():
    text = ("Gunmen attacked a bus near Chipata, close to the Malawi border, on Monday, killing six passengers. "
            "The death toll has since risen to nine.")
    assert tolls(text) == [("Chipata", 9)]


def test_a_conflicts_overall_toll_is_no_new_count_of_the_event_before():
    text = ("Gunmen attacked a bus near Chipata, close to the Malawi border, on Monday, killing six passengers. "
            "The overall death toll from the violence has risen to 40.")
    assert tolls(text) == [("Chipata", 6)]


def test_more_bodies_found_add_to_the_toll():
    text = ("Gunmen attacked a village near Chipata, close to the Malawi border, on Monday, killing six people. "
            "Three more bodies were found on Tuesday.")
    assert tolls(text) == [("Chipata", 9)]


def test_both_and_all_count_the_people_they_name():
    assert fatalities_from_text("Gunmen ambushed the truck, killing both drivers.").value == 2
    assert fatalities_from_text("Both guards on duty were killed.").value == 2
    assert fatalities_from_text("The bus was hit, killing all four passengers.").value == 4
    assert fatalities_from_text("Troops from both countries were killed in the clash.").value is None


def test_animals_killed_are_no_toll():
    assert fatalities_from_text("Raiders attacked the village, killing 30 cows and two herders.").value == 2
    assert fatalities_from_text("Raiders killed dozens of goats.").value is None


def test_the_toll_of_an_earlier_event_the_sentence_recalls_is_not_this_ones():
    text = ("Troops shelled rebel positions near Chipata, close to the Malawi border, on Monday in retaliation for an "
            "ambush that killed 12 soldiers last month.")
    assert tolls(text) == [("Chipata", None)]
    text = ("Gunmen attacked a police post near Chipata, close to the Malawi border, on Monday, the first such attack "
            "since an ambush killed 20 officers in March.")
    assert tolls(text) == [("Chipata", None)]
    text = ("Gunmen attacked a police post near Chipata, close to the Malawi border, on Monday. The government vowed "
            "to avenge the deaths of three officers.")
    assert tolls(text) == [("Chipata", None)]


def test_deaths_of_an_earlier_day_told_next_are_not_this_events():
    text = ("Troops shelled rebel positions near Chipata, close to the Malawi border, on Monday. Four soldiers were "
            "killed in the area last week.")
    assert tolls(text) == [("Chipata", None)]
    text = ("Troops shelled rebel positions near Chipata, close to the Malawi border, on Monday. Four soldiers have "
            "been killed there since last week.")
    assert tolls(text) == [("Chipata", 4)]


def test_the_count_of_earlier_attacks_is_no_ones():
    text = ("Gunmen attacked a police post near Chipata, close to the Malawi border, on Monday. It was the third "
            "attack this month; the previous two killed nine people.")
    assert tolls(text) == [("Chipata", None)]


def test_a_running_count_over_weeks_is_no_point_events_toll():
    clash = "Troops clashed with rebels near Chipata, close to the Malawi border, on Monday"
    assert tolls("Fighting, which has killed more than 300 people since January, flared again on Monday near "
                 "Chipata, close to the Malawi border.") == [("Chipata", None)]
    assert tolls(clash + ". The conflict has killed at least 1,200 people, according to the UN.") == [("Chipata", None)]
    assert tolls(clash + ". Over the past two weeks, at least 25 people have died in the fighting.") == [("Chipata", None)]
    assert tolls(clash + ", the latest in a wave of violence that has killed 45 people.") == [("Chipata", None)]


def test_a_count_since_a_few_days_ago_still_joins_the_event_next_to_it():
    clash = "Troops clashed with rebels near Chipata, close to the Malawi border, on Monday"
    assert tolls(clash + ". At least 9 people have been killed since Saturday.") == [("Chipata", 9)]


def test_killings_told_by_how_are_counted():
    assert fatalities_from_text("Two people were burnt to death in their homes.").value == 2
    assert fatalities_from_text("Eleven civilians were massacred.").value == 11
    assert fatalities_from_text("Gunmen massacred 14 villagers.").value == 14
    assert fatalities_from_text("A soldier was shot and killed at the post.").value == 1
    assert fatalities_from_text("Two gunmen murdered a farmer.").value == 1
    assert fatalities_from_text("Two soldiers were shot and wounded.") is None


def test_a_frontier_named_by_its_two_countries_is_no_other_place_of_the_deaths():
    text = ("Four people were killed on Monday when police and smugglers clashed near the Zambia-Malawi border, "
            "officials said. The shootout took place outside Chipata, a police spokesman said.")
    assert tolls(text) == [("Chipata", 4)]


def test_more_dead_bringing_the_toll_to_a_total_give_that_total_not_a_sum():
    text = ("Militants attacked a bus near Chipata, close to the Malawi border, on Friday, killing nine. Two more "
            "bodies were pulled from the wreckage on Sunday, bringing the toll from the attack to 11.")
    assert tolls(text) == [("Chipata", 11)]


def test_a_risen_toll_just_after_an_event_told_without_a_count_is_its_toll():
    text = ("Militants attacked a bus near Chipata, close to the Malawi border, on Friday. The toll rose to 11 on "
            "Sunday when two of the wounded died.")
    assert tolls(text) == [("Chipata", 11)]
    text = ("Militants attacked a bus near Chipata, close to the Malawi border, on Friday. The toll from the fighting "
            "rose to 40 on Sunday.")
    assert tolls(text) == [("Chipata", None)]


def test_the_day_something_was_said_is_not_the_day_of_the_deaths():
    text = ("Smugglers ambushed a Zambian patrol near Chipata, close to the Malawi border, on Monday, killing two "
            "soldiers. Soldiers killed four of the smugglers, and three others were arrested, the army said on "
            "Tuesday.")
    assert tolls(text) == [("Chipata", 6)]
    text = ("Smugglers ambushed a Zambian patrol near Chipata, close to the Malawi border, on Monday, killing two "
            "soldiers. On Sunday, soldiers killed four smugglers in the same area.")
    assert ("Chipata", 6) not in tolls(text)
