fn main() {
    yew::Renderer::<loopscope_web::app::App>::new().render();
}
