fn main() {
    loopscope_web::crash::install();
    yew::Renderer::<loopscope_web::app::App>::new().render();
}
